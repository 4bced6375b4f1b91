import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("not_null_violation");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Note extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static body = db.Column(db.Text);
  declare id: number;
  declare title: string;
  declare body: string | null;
  static {
    db.register(Note);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/notes", function add() {
  const note = new Note({ title: request.form.get("title"), body: request.form.get("body") });
  db.session.add(note);
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return [{ error: e.orig, type: e.name }, 400];
  }
  return [{ id: note.id, title: note.title, body: note.body }, 201];
});
