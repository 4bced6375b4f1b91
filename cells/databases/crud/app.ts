import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static available = db.Column(db.Boolean, { nullable: false, default: true });
  declare id: number;
  declare title: string;
  declare available: boolean;
  static {
    db.register(Book);
  }
}

// Create: new objects, added to the session, written by one commit.
await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Book({ title: "Solaris" }),
    new Book({ title: "Emma" }),
    new Book({ title: "Dune" }),
  ]);
  db.session.commit();
});

const shelf = (book: Book) =>
  `${book.id}. ${book.title} (${book.available ? "on the shelf" : "lent out"})`;

// Read: every row, or one row by its primary key.
app.get("/books", function listBooks() {
  const books = db.session.execute(db.select(Book).orderBy(Book.id)).scalars().all();
  return books.map(shelf).join("\n");
});

app.get("/books/<int:id>", function showBook({ id }: { id: number }) {
  const book = db.session.get(Book, id);
  if (book === null) return [`No book number ${id}.`, 404];
  return shelf(book);
});

// Update: change an attribute, then commit.
app.post("/books/<int:id>/lend", function lendBook({ id }: { id: number }) {
  const book = db.getOr404(Book, id);
  book.available = false;
  db.session.commit();
  return `Lent out ${book.title}.`;
});

// Delete: hand the object to session.delete, then commit.
app.post("/books/<int:id>/delete", function deleteBook({ id }: { id: number }) {
  const book = db.getOr404(Book, id);
  db.session.delete(book);
  db.session.commit();
  return `Deleted ${book.title}.`;
});

app.run();
