import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

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
  const wishes = db.session
    .execute(db.select(Wish).orderBy(Wish.votes.desc(), Wish.title))
    .scalars()
    .all();
  return wishes.map((wish) => `${wish.title}: ${wish.votes}`).join("\n");
});

app.post("/wishes", function addWish() {
  const title = request.form.title;
  db.session.add(new Wish({ title }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return [`${title} is already on the list. ${wishCount()} wishes now.`, 409];
  }
  return [`Added ${title}. ${wishCount()} wishes now.`, 201];
});

app.post("/wishes/<int:id>/vote", function vote({ id }: { id: number }) {
  const wish = db.getOr404(Wish, id);
  wish.votes += 1;
  db.session.commit();
  return `Voted for ${wish.title} (${wish.votes}).`;
});

app.post("/wishes/<int:id>/delete", function removeWish({ id }: { id: number }) {
  const wish = db.getOr404(Wish, id);
  db.session.delete(wish);
  db.session.commit();
  return `Removed ${wish.title}.`;
});

app.run();
