from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class BlogPost(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class HTTPRequestLog(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class OAuth2Token(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class ABCModel(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Entry(db.Model):
    __tablename__ = "journal_entries"
    id = db.Column(db.Integer, primary_key=True)


with app.app_context():
    db.create_all()


@app.get("/")
def index():
    models = [User, BlogPost, HTTPRequestLog, OAuth2Token, ABCModel, Order, Entry]
    return {
        "names": [m.__tablename__ for m in models],
        "tables": [r[0] for r in db.session.execute(db.text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))],
        "order_row": repr(Order.query.all()),
    }
