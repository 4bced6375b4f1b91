import { Flask, jsonify, renderTemplate } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Post extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(100), { nullable: false });
  static comments = db.relationship("Comment", {
    backPopulates: "post",
    cascade: "all, delete-orphan",
    orderBy: () => Comment.id,
  });
  declare title: string;
  declare comments: Comment[];
  static {
    db.register(Post);
  }
}

class Comment extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(200), { nullable: false });
  static postId = db.Column("post_id", db.Integer, db.ForeignKey("post.id"), { nullable: false });
  static post = db.relationship("Post", { backPopulates: "comments" });
  declare text: string;
  declare post: Post;
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

app.get("/posts/<int:id>", function post({ id }: { id: number }) {
  const post = db.getOr404(Post, id);
  return { title: post.title, comments: post.comments.map((comment) => comment.text) };
});

app.get("/posts", function posts() {
  const page = db.paginate(db.select(Post).orderBy(Post.id.desc()), { perPage: 2 });
  return renderTemplate("posts.html", { page });
});

app.get("/commented", function commented() {
  const statement = db.select(Post).join(Comment).distinct().orderBy(Post.title);
  const posts = db.session.execute(statement).scalars().all() as Post[];
  return jsonify(posts.map((post) => post.title));
});

app.post("/posts/<int:id>/delete", function deletePost({ id }: { id: number }) {
  db.session.delete(db.getOr404(Post, id));
  db.session.commit();
  return { posts: Post.query.count(), comments: Comment.query.count() };
});

app.run();
