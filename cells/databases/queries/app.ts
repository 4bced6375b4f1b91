import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static author = db.Column(db.String(80), { nullable: false });
  static year = db.Column(db.Integer);
  declare title: string;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Book({ title: "Solaris", author: "Lem", year: 1961 }),
    new Book({ title: "The Cyberiad", author: "Lem", year: 1965 }),
    new Book({ title: "Eden", author: "Lem", year: 1959 }),
    new Book({ title: "Emma", author: "Austen", year: 1815 }),
    new Book({ title: "Persuasion", author: "Austen", year: 1817 }),
    new Book({ title: "Dune", author: "Herbert", year: 1965 }),
  ]);
  db.session.commit();
});

const titles = (books: Iterable<Book>) => [...books].map((book) => book.title);

// Today's way: build a statement with db.select, run it with db.session.execute.
app.get("/today", function today() {
  const author = request.args.get("author", "Lem");
  const byAuthor = db.session
    .execute(db.select(Book).filterBy({ author }).orderBy(Book.year))
    .scalars()
    .all();
  const recent = db.session
    .execute(db.select(Book).where(Book.year.gt(1960)).orderBy(Book.title))
    .scalars()
    .all();
  const oldest = db.session.execute(db.select(Book).orderBy(Book.year)).scalars().first();
  const count = db.session.execute(db.select(db.func.count()).selectFrom(Book)).scalar();
  return {
    by_author: titles(byAuthor),
    after_1960: titles(recent),
    oldest: oldest?.title,
    count,
  };
});

// The older way you will meet in tutorials: Model.query.
app.get("/legacy", function legacy() {
  const author = request.args.get("author", "Lem");
  const byAuthor = Book.query.filterBy({ author }).orderBy(Book.year).all();
  const recent = Book.query.filter(Book.year.gt(1960)).orderBy(Book.title).all();
  const oldest = Book.query.orderBy(Book.year).first();
  const count = Book.query.count();
  return {
    by_author: titles(byAuthor),
    after_1960: titles(recent),
    oldest: oldest?.title,
    count,
  };
});

app.run();
