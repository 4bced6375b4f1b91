import { Flask, type HTTPException, renderTemplate } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  static books = db.relationship("Book", { backPopulates: "author", orderBy: () => Book.year });
  declare books: Book[];
  static {
    db.register(Author);
  }
}

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false, unique: true });
  static year = db.Column(db.Integer);
  static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
  static author = db.relationship("Author", { backPopulates: "books" });
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const lem = new Author({ surname: "Lem" });
  db.session.addAll([
    new Book({ title: "Solaris", year: 1961, author: lem }),
    new Book({ title: "Eden", year: 1959, author: lem }),
    new Book({ title: "Emma", year: 1815, author: new Author({ surname: "Austen" }) }),
  ]);
  db.session.commit();
});

// One object by its primary key, or 404 Not Found.
app.get("/authors/<int:id>", function author({ id }: { id: number }) {
  return renderTemplate("author.html", { author: db.getOr404(Author, id) });
});

app.get("/books/<int:id>", function book({ id }: { id: number }) {
  const book = db.getOr404(Book, id, { description: `There is no book number ${id}.` });
  return renderTemplate("book.html", { book });
});

// The first row a query finds, or 404 Not Found.
app.get("/find/<title>", function find({ title }: { title: string }) {
  const book = db.firstOr404(db.select(Book).filterBy({ title }));
  return renderTemplate("book.html", { book });
});

// The legacy query API has the same helpers.
app.get("/legacy/books/<int:id>", function legacyBook({ id }: { id: number }) {
  return renderTemplate("book.html", { book: Book.query.getOr404(id) });
});

app.errorHandler(404, function notFound(error: HTTPException) {
  return [`<h1>Not here</h1><p>${error.description}</p>`, 404];
});

app.run();
