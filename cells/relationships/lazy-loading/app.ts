import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Author extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static surname = db.Column(db.String(50), { nullable: false });
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
  declare title: string;
  declare author: Author | null;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const shelf: Record<string, string[]> = {
    Lem: ["Eden", "Solaris", "The Cyberiad"],
    Austen: ["Emma", "Persuasion"],
    Donelaitis: ["The Seasons"],
    Auezov: ["The Path of Abai"],
  };
  for (const [surname, titles] of Object.entries(shelf)) {
    const author = new Author({ surname });
    for (const title of titles) author.books.push(new Book({ title }));
    db.session.add(author);
  }
  db.session.commit();
  console.log("=== setup done: the lines below are what each request sends");
});

app.get("/authors/<int:id>", function author({ id }: { id: number }) {
  const author = db.session.get(Author, id) as Author;
  console.log(`=== loaded ${author.surname}; now reading author.books`);
  const titles = author.books.map((book) => book.title);
  console.log("=== reading author.books a second time");
  const count = author.books.length;
  console.log("=== done");
  return { surname: author.surname, titles, count };
});

app.get("/", function index() {
  const counts: Record<string, number> = {};
  for (const author of Author.query.all() as Author[]) {
    console.log(`=== counting the books of ${author.surname}`);
    counts[author.surname] = author.books.length;
  }
  return counts;
});

app.run();
