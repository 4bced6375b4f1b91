from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    body = db.Column(db.Text)


with app.app_context():
    db.create_all()


@app.post("/notes")
def add():
    note = Note(title=request.form.get("title"), body=request.form.get("body"))
    db.session.add(note)
    try:
        db.session.commit()
    except IntegrityError as e:
        db.session.rollback()
        return {"error": str(e.orig), "type": type(e).__name__}, 400
    return {"id": note.id, "title": note.title, "body": note.body}, 201
