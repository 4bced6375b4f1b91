import { Flask, HTTPException, jsonify, request, urlFor } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static year = db.Column(db.Integer, { nullable: false });
  declare id: number;
  declare title: string;
  declare year: number;
  static {
    db.register(Book);
  }

  // The representation: which columns a client sees, under which names.
  toDict() {
    return { id: this.id, title: this.title, year: this.year };
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Book({ title: "Solaris", year: 1961 }),
    new Book({ title: "Emma", year: 1815 }),
  ]);
  db.session.commit();
});

app.errorHandler(HTTPException, function handleHttpError(e: HTTPException) {
  return [jsonify({ code: e.code, name: e.name, description: e.description }), e.code];
});

app.get("/api/books", function listBooks() {
  const books = db.session.execute(db.select(Book).orderBy(Book.title)).scalars().all();
  return jsonify(books.map((b) => b.toDict()));
});

app.post("/api/books", function createBook() {
  const data = (request.getJson({ silent: true }) ?? {}) as { title?: unknown; year?: unknown };
  const errors: Record<string, string> = {};
  if (typeof data.title !== "string" || data.title === "") errors.title = "required";
  if (!Number.isInteger(data.year)) errors.year = "required, a whole number";
  if (Object.keys(errors).length > 0) return [{ errors }, 422];
  const book = new Book({ title: data.title, year: data.year });
  db.session.add(book);
  db.session.commit();
  return [book.toDict(), 201, { Location: urlFor("getBook", { id: book.id }) }];
});

app.get("/api/books/<int:id>", function getBook({ id }: { id: number }) {
  const book = db.getOr404(Book, id, { description: `There is no book number ${id}.` });
  return book.toDict();
});

app.patch("/api/books/<int:id>", function updateBook({ id }: { id: number }) {
  const book = db.getOr404(Book, id);
  const data = (request.getJson({ silent: true }) ?? {}) as { title?: string; year?: number };
  if (data.title !== undefined) book.title = data.title;
  if (data.year !== undefined) book.year = data.year;
  db.session.commit();
  return book.toDict();
});

app.delete("/api/books/<int:id>", function deleteBook({ id }: { id: number }) {
  db.session.delete(db.getOr404(Book, id));
  db.session.commit();
  return ["", 204];
});

app.run();
