import { Flask, jsonify } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("autoflush");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Entry extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static word = db.Column(db.String(20));
  declare id: number;
  declare word: string;
  static {
    db.register(Entry);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/", function add() {
  db.session.add(new Entry({ word: "alpha" }));
  db.session.add(new Entry({ word: "beta" }));
  const seen = (Entry.query.orderBy(Entry.word).all() as Entry[]).map((e) => e.word);
  const first = Entry.query.filterBy({ word: "beta" }).first() as Entry;
  const count = db.session.execute(db.select(db.func.count(Entry.id))).scalar();
  first.word = "gamma";
  const renamed = Entry.query.filterBy({ word: "gamma" }).count();
  const hidden = db.session.noAutoflush(() => {
    db.session.add(new Entry({ word: "delta" }));
    return Entry.query.count();
  });
  db.session.commit();
  return { seen, first_id: first.id, count, renamed, hidden };
});

app.get("/", function index() {
  return jsonify((Entry.query.orderBy(Entry.id).all() as Entry[]).map((e) => e.word));
});
