import { Flask, redirect, renderTemplate, request, urlFor } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static author = db.Column(db.String(80), { nullable: false });
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => db.createAll());

app.get("/", function index() {
  const books = db.session.execute(db.select(Book).orderBy(Book.title)).scalars().all();
  return renderTemplate("books.html", { books });
});

app.get("/books/<int:id>", function detail({ id }: { id: number }) {
  return renderTemplate("book.html", { book: db.getOr404(Book, id) });
});

app.post("/books", function add() {
  db.session.add(new Book({ title: request.form.title, author: request.form.author }));
  db.session.commit();
  return redirect(urlFor("index"));
});

app.run();
