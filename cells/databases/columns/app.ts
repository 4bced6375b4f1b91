import { Flask, renderTemplateString, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static isbn = db.Column(db.String(13), { unique: true, nullable: false });
  static title = db.Column(db.String(200), { nullable: false });
  static summary = db.Column(db.Text);
  static available = db.Column(db.Boolean, { default: true });
  static fee = db.Column(db.Float, { default: 0.5 });
  static added = db.Column(db.DateTime, { default: () => new Date() });
  declare id: number;
  declare isbn: string;
  declare title: string;
  declare summary: string | null;
  declare available: boolean;
  declare fee: number;
  declare added: Date;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.add(
    new Book({
      isbn: "9780156027328",
      title: "Solaris",
      summary: "A planet that is one living ocean.",
      fee: 1.25,
      added: new Date(Date.UTC(2024, 4, 1, 9, 30)),
    }),
  );
  db.session.commit();
});

const CARD = `{{ book.title }} (ISBN {{ book.isbn }})
summary: {{ book.summary }}
available: {{ book.available }}, daily fee: {{ book.fee }}
added: {{ book.added }}`;

app.get("/books/<int:id>", function showBook({ id }: { id: number }) {
  return renderTemplateString(CARD, { book: db.getOr404(Book, id) });
});

app.post("/books", function addBook() {
  const book = new Book({ isbn: request.form.isbn, title: request.form.title });
  // The defaults are filled in by the INSERT, so before it they are still empty.
  const before = [book.summary, book.available, book.fee];
  db.session.add(book);
  db.session.commit();
  const after = [book.summary, book.available, book.fee];
  const page = renderTemplateString(
    "before: {{ before }}\nafter: {{ after }}\nadded is set: {{ added }}",
    { before, after, added: book.added !== null },
  );
  return [page, 201];
});

app.run();
