from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Thing(db.Model):
    id = db.Column(db.Integer, primary_key=True)


try:
    db.create_all()
    at_import = "created"
except RuntimeError as e:
    at_import = f"{type(e).__name__}: {e}"


@app.get("/")
def index():
    return at_import


@app.get("/count")
def count():
    try:
        return str(Thing.query.count())
    except Exception as e:
        return f"{type(e).__name__}: {e.orig}", 500


@app.get("/create")
def create():
    db.create_all()
    return str(Thing.query.count())
