import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("query_filters");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static author = db.Column(db.String(100));
  static year = db.Column(db.Integer);
  static rating = db.Column(db.Float);
  declare title: string;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Book({ title: "Dune", author: "Herbert", year: 1965, rating: 4.5 }),
    new Book({ title: "Emma", author: "Austen", year: 1815, rating: 3.75 }),
    new Book({ title: "Persuasion", author: "Austen", year: 1817 }),
    new Book({ title: "Solaris", author: "Lem", year: 1961, rating: 4.25 }),
    new Book({ title: "Anonymous notes", year: 2001, rating: 2.5 }),
  ]);
  db.session.commit();
});

function titles(books: Iterable<Book>): string {
  return [...books].map((b) => b.title).join(", ");
}

app.get("/by-author/<author>", function byAuthor({ author }: { author: string }) {
  return titles(Book.query.filterBy({ author }).orderBy(Book.year));
});

app.get("/operators", function operators() {
  return {
    eq: titles(Book.query.filter(Book.year.eq(1961))),
    ne: titles(Book.query.filter(Book.author.ne("Austen")).orderBy(Book.id)),
    lt: titles(Book.query.filter(Book.year.lt(1900))),
    le: titles(Book.query.filter(Book.year.le(1961)).orderBy(Book.year)),
    gt: titles(Book.query.filter(Book.rating.gt(4))),
    ge: titles(Book.query.filter(Book.rating.ge(3.75)).orderBy(Book.rating.desc())),
    like: titles(Book.query.filter(Book.title.like("%s%")).orderBy(Book.title)),
    ilike: titles(Book.query.filter(Book.title.ilike("d%"))),
    in: titles(Book.query.filter(Book.author.in_(["Lem", "Herbert"])).orderBy(Book.title)),
    not_in: titles(Book.query.filter(Book.id.notIn([1, 2, 3]))),
    is_none: titles(Book.query.filter(Book.author.is_(null))),
    is_not_none: String(Book.query.filter(Book.rating.isNot(null)).count()),
    eq_none: titles(Book.query.filter(Book.rating.eq(null))),
    and: titles(Book.query.filter(Book.author.eq("Austen"), Book.year.gt(1816))),
    or: titles(Book.query.filter(db.or_(Book.year.lt(1900), Book.rating.gt(4.4))).orderBy(Book.id)),
    not: titles(Book.query.filter(db.not_(Book.author.eq("Austen"))).orderBy(Book.id)),
    between: titles(Book.query.filter(Book.year.between(1900, 1970)).orderBy(Book.year)),
    startswith: titles(Book.query.filter(Book.title.startswith("P"))),
    contains: titles(Book.query.filter(Book.title.contains("ar"))),
  };
});

app.get("/search", function search() {
  const q = request.args.get("q", "") as string;
  const found: Book[] = Book.query
    .filter(Book.title.ilike(`%${q}%`))
    .orderBy(Book.title)
    .all();
  return { q, count: found.length, titles: found.map((b) => b.title) };
});
