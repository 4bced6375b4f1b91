from flask import Blueprint, current_app, request

from models import Note, db

bp = Blueprint("notes", __name__, url_prefix="/notes")


@bp.get("/")
def list_notes():
    notes = db.session.execute(db.select(Note).order_by(Note.id)).scalars().all()
    return {
        "database": current_app.config["SQLALCHEMY_DATABASE_URI"],
        "notes": [note.text for note in notes],
    }


@bp.post("/")
def add_note():
    text = request.form.get("text", "")
    if not text:
        return {"error": "text is required"}, 400
    note = Note(text=text)
    db.session.add(note)
    db.session.commit()
    return {"id": note.id, "text": note.text}, 201
