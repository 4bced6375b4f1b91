import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
// Which database, and where: here an SQLite database that lives in memory.
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
// Print every SQL statement and its parameters to the console.
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

// A model: the class is the table, each column a static field.
class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static author = db.Column(db.String(80), { nullable: false });
  declare id: number;
  declare title: string;
  declare author: string;
  static {
    db.register(Book);
  }
}

// Create the tables once, at start, inside an application context.
await app.appContext().run(() => db.createAll());

app.get("/books", function listBooks() {
  const books = db.session.execute(db.select(Book).orderBy(Book.id)).scalars().all();
  if (books.length === 0) return "No books yet.";
  return books.map((book) => `${book.id}. ${book.title} by ${book.author}`).join("\n");
});

app.post("/books", function addBook() {
  const book = new Book({ title: request.form.title, author: request.form.author });
  db.session.add(book);
  db.session.commit();
  return [`Saved ${book} with id ${book.id}`, 201];
});

app.run();
