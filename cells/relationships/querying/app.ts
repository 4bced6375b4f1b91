import { Flask, jsonify } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  // The list comes back oldest book first, whatever order the rows were added in.
  static books = db.relationship("Book", { backPopulates: "author", orderBy: () => Book.year });
  declare surname: string;
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
  declare author: Author | null;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const lem = new Author({ surname: "Lem" });
  const austen = new Author({ surname: "Austen" });
  const auezov = new Author({ surname: "Auezov" });
  db.session.addAll([
    new Book({ title: "Solaris", year: 1961, author: lem }),
    new Book({ title: "Emma", year: 1815, author: austen }),
    new Book({ title: "The Cyberiad", year: 1965, author: lem }),
    new Book({ title: "The Path of Abai", year: 1942, author: auezov }),
    new Book({ title: "Pride and Prejudice", year: 1813, author: austen }),
    new Book({ title: "Eden", year: 1959, author: lem }),
  ]);
  db.session.commit();
});

function titles(statement: ReturnType<typeof db.select>) {
  const books = db.session.execute(statement).scalars().all() as Book[];
  return jsonify(books.map((book) => `${book.title} (${book.year})`));
}

// Children of one parent, by the foreign key.
app.get("/authors/<int:id>/books", function booksOf({ id }: { id: number }) {
  return titles(db.select(Book).where(Book.authorId.eq(id)).orderBy(Book.year));
});

// Children chosen by a column of their parent: JOIN the parent's table.
app.get("/books/by/<surname>", function booksBy({ surname }: { surname: string }) {
  return titles(
    db.select(Book).join(Author).where(Author.surname.eq(surname)).orderBy(Book.year.desc()),
  );
});

// Parents chosen by a column of their children.
app.get("/authors/after/<int:year>", function authorsAfter({ year }: { year: number }) {
  const statement = db
    .select(Author)
    .join(Book)
    .where(Book.year.gt(year))
    .distinct()
    .orderBy(Author.surname);
  const authors = db.session.execute(statement).scalars().all() as Author[];
  return jsonify(authors.map((author) => author.surname));
});

// Every book, sorted by two columns: the author's surname, then the year.
app.get("/books", function books() {
  return titles(db.select(Book).join(Author).orderBy(Author.surname, Book.year));
});

// The relationship's own orderBy at work.
app.get("/authors", function authors() {
  const shelf: Record<string, string[]> = {};
  for (const author of db.session.execute(db.select(Author)).scalars()) {
    shelf[author.surname] = author.books.map((book) => book.title);
  }
  return shelf;
});

app.run();
