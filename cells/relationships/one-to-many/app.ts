import { Flask, jsonify, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

// The parent: one author…
class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  static books = db.relationship("Book", { backPopulates: "author" });
  declare id: number;
  declare surname: string;
  declare books: Book[];
  static {
    db.register(Author);
  }
}

// …and the children: many books, each pointing at its author.
class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
  static author = db.relationship("Author", { backPopulates: "books" });
  declare id: number;
  declare title: string;
  declare authorId: number | null;
  declare author: Author | null;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const lem = new Author({ surname: "Lem" });
  const austen = new Author({ surname: "Austen" });
  db.session.addAll([
    new Book({ title: "Solaris", author: lem }),
    new Book({ title: "Eden", author: lem }),
    new Book({ title: "Emma", author: austen }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const shelf: Record<string, string[]> = {};
  for (const author of Author.query.orderBy(Author.id).all() as Author[]) {
    shelf[author.surname] = author.books.map((book) => book.title);
  }
  return shelf;
});

app.get("/books", function books() {
  const lines = (Book.query.orderBy(Book.id).all() as Book[]).map(
    (book) => `${book.title} by ${book.author?.surname} (author_id=${book.authorId})`,
  );
  return jsonify(lines);
});

app.post("/authors/<int:id>/books", function addBook({ id }: { id: number }) {
  const author = db.session.get(Author, id) as Author;
  const book = new Book({ title: request.form.title });
  author.books.push(book);
  db.session.commit();
  return [{ title: book.title, author: book.author?.surname, author_id: book.authorId }, 201];
});

app.run();
