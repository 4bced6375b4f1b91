import { Flask, renderTemplate } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  static books = db.relationship("Book", { backPopulates: "author" });
  declare books: Book[];
  static {
    db.register(Author);
  }
}

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static year = db.Column(db.Integer);
  static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
  static author = db.relationship("Author", { backPopulates: "books" });
  declare title: string;
  declare year: number;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const shelf: Record<string, [string, number][]> = {
    Lem: [
      ["Eden", 1959],
      ["Solaris", 1961],
      ["The Invincible", 1964],
      ["The Cyberiad", 1965],
    ],
    Austen: [
      ["Sense and Sensibility", 1811],
      ["Pride and Prejudice", 1813],
      ["Emma", 1815],
    ],
    Donelaitis: [["The Seasons", 1818]],
    Auezov: [["The Path of Abai", 1942]],
  };
  for (const [surname, books] of Object.entries(shelf)) {
    const author = new Author({ surname });
    for (const [title, year] of books) author.books.push(new Book({ title, year }));
    db.session.add(author);
  }
  db.session.commit();
});

// db.paginate reads ?page=2 from the query string itself.
app.get("/books", function books() {
  const page = db.paginate(db.select(Book).orderBy(Book.title), { perPage: 4 });
  return renderTemplate("books.html", { page });
});

// No perPage here: ?per_page=3 chooses it, but never more than maxPerPage.
app.get("/api/books", function apiBooks() {
  const page = db.paginate(db.select(Book).orderBy(Book.year.desc()), { maxPerPage: 5 });
  return {
    items: page.items.map((book) => book.title),
    page: page.page,
    pages: page.pages,
    total: page.total,
    has_next: page.hasNext,
    next_num: page.nextNum,
    iter_pages: [...page.iterPages()],
  };
});

app.run();
