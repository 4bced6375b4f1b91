import { Blueprint, currentApp, request } from "flask";
import { db, Note } from "./models.ts";

export const bp = new Blueprint("notes", import.meta.url, { urlPrefix: "/notes" });

bp.get("/", function listNotes() {
  const notes = db.session.execute(db.select(Note).orderBy(Note.id)).scalars().all();
  return {
    database: currentApp.config.SQLALCHEMY_DATABASE_URI,
    notes: notes.map((note) => note.text),
  };
});

bp.post("/", function addNote() {
  const text = request.form.get("text", "");
  if (!text) return [{ error: "text is required" }, 400];
  const note = new Note({ text });
  db.session.add(note);
  db.session.commit();
  return [{ id: note.id, text: note.text }, 201];
});
