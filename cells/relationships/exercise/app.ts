import { Flask, jsonify } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Post extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  // TODO: a relationship to the comments, with backPopulates on both sides.
  declare title: string;
  static {
    db.register(Post);
  }
}

class Comment extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(200), { nullable: false });
  static postId = db.Column("post_id", db.Integer, db.ForeignKey("post.id"), { nullable: false });
  declare text: string;
  static {
    db.register(Comment);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const titles = ["Hello, Flask", "Routing notes", "Templates", "Databases", "Relationships"];
  db.session.addAll(titles.map((title) => new Post({ title })));
  db.session.commit();
  db.session.addAll([
    new Comment({ text: "Welcome!", postId: 1 }),
    new Comment({ text: "Nice start.", postId: 1 }),
    new Comment({ text: "Very clear.", postId: 2 }),
    new Comment({ text: "More please!", postId: 4 }),
    new Comment({ text: "SQL in the console is great.", postId: 4 }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const posts = Post.query.orderBy(Post.id).all() as Post[];
  return jsonify(posts.map((post) => post.title));
});

// TODO: /posts/<int:id>, /posts, /commented and POST /posts/<int:id>/delete

app.run();
