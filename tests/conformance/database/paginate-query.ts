import { Flask } from "flask";
import { type Pagination, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("paginate_query");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Post extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(50));
  declare title: string;
  static {
    db.register(Post);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll(Array.from({ length: 23 }, (_, i) => new Post({ title: `Post ${i + 1}` })));
  db.session.commit();
});

function summary(page: Pagination<Post>) {
  return {
    items: page.items.map((p) => p.title),
    page: page.page,
    per_page: page.perPage,
    total: page.total,
    pages: page.pages,
    has_prev: page.hasPrev,
    prev_num: page.prevNum,
    has_next: page.hasNext,
    next_num: page.nextNum,
    first: page.first,
    last: page.last,
    iter_pages: [...page.iterPages()],
  };
}

app.get("/posts", function posts() {
  return summary(Post.query.orderBy(Post.id.desc()).paginate({ perPage: 5 }));
});

app.get("/default", function defaultPage() {
  return summary(Post.query.paginate());
});

app.get("/lenient", function lenient() {
  return summary(Post.query.paginate({ errorOut: false, maxPerPage: 4 }));
});

app.get("/edges", function edges() {
  const page: Pagination<Post> = Post.query.paginate({ page: 12, perPage: 1 });
  return {
    default: [...page.iterPages()],
    wide: [...page.iterPages({ leftEdge: 1, leftCurrent: 1, rightCurrent: 1, rightEdge: 1 })],
    next: page.next().items.map((p) => p.title),
    prev: page.prev().items.map((p) => p.title),
    iterated: [...page].map((p) => p.title),
  };
});

app.get("/empty", function empty() {
  return summary(Post.query.filter(Post.id.gt(100)).paginate({ page: 1, perPage: 5 }));
});
