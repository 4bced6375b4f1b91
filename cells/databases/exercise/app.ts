import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Wish extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(120), { unique: true, nullable: false });
  static votes = db.Column(db.Integer, { nullable: false, default: 0 });
  declare id: number;
  declare title: string;
  declare votes: number;
  static {
    db.register(Wish);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([new Wish({ title: "Dune" }), new Wish({ title: "Emma" })]);
  db.session.commit();
});

const wishCount = () => db.session.execute(db.select(db.func.count()).selectFrom(Wish)).scalar();

app.get("/wishes", function listWishes() {
  // TODO: the most votes first; equal votes by title.
  const wishes = db.session.execute(db.select(Wish).orderBy(Wish.id)).scalars().all();
  return wishes.map((wish) => `${wish.title}: ${wish.votes}`).join("\n");
});

app.post("/wishes", function addWish() {
  const title = request.form.title;
  db.session.add(new Wish({ title }));
  // TODO: a title that is already on the list breaks the unique column.
  db.session.commit();
  return [`Added ${title}. ${wishCount()} wishes now.`, 201];
});

// TODO: POST /wishes/<id>/vote and POST /wishes/<id>/delete

app.run();
