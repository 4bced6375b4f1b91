from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(120), unique=True, nullable=False)


with app.app_context():
    db.create_all()


@app.post("/signup")
def signup():
    db.session.add(Account(email=request.form["email"]))
    try:
        db.session.commit()
    except IntegrityError as e:
        db.session.rollback()
        return f"taken: {e.orig}", 409
    return "welcome", 201


@app.get("/count")
def count():
    return str(Account.query.count())
