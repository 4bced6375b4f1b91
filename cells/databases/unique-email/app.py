from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), nullable=False)
    email = db.Column(db.String(120), unique=True, nullable=False)


with app.app_context():
    db.create_all()
    db.session.add(Member(username="ona", email="ona@example.com"))
    db.session.commit()


def member_count():
    return db.session.execute(db.select(db.func.count()).select_from(Member)).scalar()


@app.post("/members")
def join():
    db.session.add(Member(username=request.form["username"], email=request.form["email"]))
    try:
        db.session.commit()
    except IntegrityError as e:
        # The failed transaction must be rolled back before the session can be used again.
        db.session.rollback()
        return f"{request.form['email']} is taken ({e.orig}). Still {member_count()} members.", 409
    return f"Welcome! {member_count()} members now.", 201


# The same view without the rollback: the next query fails.
@app.post("/careless")
def careless():
    db.session.add(Member(username=request.form["username"], email=request.form["email"]))
    try:
        db.session.commit()
    except IntegrityError:
        return f"Taken. Still {member_count()} members.", 409
    return f"Welcome! {member_count()} members now.", 201


if __name__ == "__main__":
    app.run()
