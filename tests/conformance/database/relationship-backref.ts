import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("relationship_backref");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static pen_name = db.Column(db.String(50), { unique: true, nullable: false });
  static books = db.relationship("Book", { backref: "author", lazy: true });
  declare pen_name: string;
  declare books: Book[];
  static {
    db.register(Author);
  }
}

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static author_id = db.Column(db.Integer, db.ForeignKey("author.id"), { nullable: false });
  declare title: string;
  declare author_id: number;
  declare author: Author;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const lem = new Author({ pen_name: "Lem" });
  db.session.add(lem);
  db.session.add(new Book({ title: "Solaris", author: lem }));
  db.session.add(new Book({ title: "Eden", author: lem }));
  db.session.add(new Author({ pen_name: "Austen" }));
  db.session.commit();
});

app.get("/authors/<int:id>", function author({ id }: { id: number }) {
  const a = db.getOr404(Author, id);
  return { pen_name: a.pen_name, books: a.books.map((b) => b.title), count: a.books.length };
});

app.get("/books/<int:id>", function book({ id }: { id: number }) {
  const b = db.getOr404(Book, id);
  return `${b.title} by ${b.author.pen_name} (${b.author}, author_id=${b.author_id})`;
});

app.post("/authors/<int:id>/books", function addBook({ id }: { id: number }) {
  const a = db.getOr404(Author, id);
  const book = new Book({ title: request.form.title });
  a.books.push(book);
  db.session.commit();
  return [`${book} for ${book.author.pen_name}`, 201];
});

app.post("/books/<int:id>/move/<int:to>", function move({ id, to }: { id: number; to: number }) {
  const b = db.getOr404(Book, id);
  b.author = db.getOr404(Author, to);
  db.session.commit();
  return `${b.title} now by ${b.author.pen_name}`;
});

app.get("/books", function books() {
  return (Book.query.orderBy(Book.title).all() as Book[])
    .map((b) => `${b.title}/${b.author.pen_name}`)
    .join(", ");
});
