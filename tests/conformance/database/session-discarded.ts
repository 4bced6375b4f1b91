import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("session_discarded");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Item extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(50));
  declare id: number;
  declare title: string;
  static {
    db.register(Item);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/draft", function draft() {
  const item = new Item({ title: request.form.title });
  db.session.add(item);
  db.session.flush();
  return `flushed ${item.id}, not committed`;
});

app.post("/save", function save() {
  db.session.add(new Item({ title: request.form.title }));
  db.session.commit();
  return "saved";
});

app.post("/rename-without-commit", function rename() {
  const item = db.session.get(Item, 1) as Item;
  item.title = "changed";
  return `renamed to ${item.title} in this request only`;
});

app.get("/items", function items() {
  const rows = (Item.query.all() as Item[]).map((i) => `(${i.id}, '${i.title}')`);
  return `[${rows.join(", ")}]`;
});
