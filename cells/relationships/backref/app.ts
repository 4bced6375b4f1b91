import { Flask, jsonify } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  // One line makes both directions: Author.books and Book.author.
  static books = db.relationship("Book", { backref: "author" });
  declare surname: string;
  declare books: Book[];
  static {
    db.register(Author);
  }
}

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
  // No relationship here: the backref adds `author`. TypeScript only needs to hear of it.
  declare title: string;
  declare author: Author | null;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const abai = new Author({ surname: "Auezov" });
  db.session.add(new Book({ title: "The Path of Abai", author: abai }));
  db.session.add(new Book({ title: "The Seasons" }));
  db.session.commit();
});

app.get("/", function index() {
  const lines = (Book.query.orderBy(Book.id).all() as Book[]).map((book) =>
    book.author ? `${book.title} by ${book.author.surname}` : `${book.title}: author unknown`,
  );
  return jsonify(lines);
});

app.get("/donelaitis", function donelaitis() {
  const seasons = Book.query.filterBy({ title: "The Seasons" }).first() as Book;
  seasons.author = new Author({ surname: "Donelaitis" });
  db.session.commit();
  return jsonify(seasons.author.books.map((book) => `${book.title} by ${book.author?.surname}`));
});

app.run();
