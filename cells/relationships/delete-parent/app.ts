import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
  // The default cascade: deleting an author leaves the books, with no author.
  static books = db.relationship("Book", { backPopulates: "author" });
  declare surname: string;
  declare books: Book[];
  static {
    db.register(Author);
  }
}

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
  static author = db.relationship("Author", { backPopulates: "books" });
  // A review cannot live without its book: it goes when the book goes.
  static reviews = db.relationship("Review", {
    backPopulates: "book",
    cascade: "all, delete-orphan",
  });
  declare title: string;
  declare authorId: number | null;
  declare author: Author | null;
  declare reviews: Review[];
  static {
    db.register(Book);
  }
}

class Review extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(200), { nullable: false });
  static bookId = db.Column("book_id", db.Integer, db.ForeignKey("book.id"), { nullable: false });
  static book = db.relationship("Book", { backPopulates: "reviews" });
  declare text: string;
  declare bookId: number;
  static {
    db.register(Review);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const lem = new Author({ surname: "Lem" });
  const solaris = new Book({ title: "Solaris", author: lem });
  const eden = new Book({ title: "Eden", author: lem });
  solaris.reviews.push(new Review({ text: "An ocean that thinks!" }));
  solaris.reviews.push(new Review({ text: "Slow, then unforgettable." }));
  eden.reviews.push(new Review({ text: "Strange and sad." }));
  db.session.addAll([solaris, eden]);
  db.session.commit();
});

function state() {
  const books = Book.query.orderBy(Book.id).all() as Book[];
  const reviews = Review.query.orderBy(Review.bookId, Review.id).all() as Review[];
  return {
    authors: Author.query.count(),
    books: books.map((book) => [book.title, book.authorId]),
    reviews: reviews.map((review) => [review.text, review.bookId]),
  };
}

app.get("/", function index() {
  return state();
});

app.post("/authors/<int:id>/delete", function deleteAuthor({ id }: { id: number }) {
  db.session.delete(db.session.get(Author, id) as Author);
  db.session.commit();
  return state();
});

app.post("/books/<int:id>/delete", function deleteBook({ id }: { id: number }) {
  db.session.delete(db.session.get(Book, id) as Book);
  db.session.commit();
  return state();
});

app.run();
