import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("query_join");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Writer extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static handle = db.Column(db.String(20));
  static articles = db.relationship("Article", { backref: "writer" });
  declare handle: string;
  static {
    db.register(Writer);
  }
}

class Article extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static headline = db.Column(db.String(60));
  static views = db.Column(db.Integer);
  static writer_id = db.Column(db.Integer, db.ForeignKey("writer.id"));
  declare headline: string;
  static {
    db.register(Article);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const [ana, bob, cy] = [
    new Writer({ handle: "ana" }),
    new Writer({ handle: "bob" }),
    new Writer({ handle: "cy" }),
  ];
  db.session.addAll([ana, bob, cy]);
  for (const [headline, views, writer] of [
    ["A1", 10, ana],
    ["A2", 30, ana],
    ["B1", 5, bob],
    ["A3", 20, ana],
  ] as const) {
    db.session.add(new Article({ headline, views, writer }));
  }
  db.session.commit();
});

app.get("/", function index() {
  const byAna: Article[] = Article.query
    .join(Writer)
    .filter(Writer.handle.eq("ana"))
    .orderBy(Article.views.desc())
    .all();
  const writersWith: Writer[] = Writer.query
    .join(Article)
    .filter(Article.views.gt(8))
    .distinct()
    .orderBy(Writer.handle)
    .all();
  const counts = db.session
    .execute(
      db
        .select(Writer.handle, db.func.count(Article.id))
        .outerjoin(Article)
        .groupBy(Writer.id)
        .orderBy(Writer.handle),
    )
    .all();
  const totals = db.session
    .execute(
      db
        .select(Writer.handle, db.func.sum(Article.views))
        .join(Article)
        .groupBy(Writer.handle)
        .orderBy(Writer.handle),
    )
    .all();
  return {
    by_ana: byAna.map((a) => a.headline),
    writers_with_popular: writersWith.map((w) => w.handle),
    counts: counts.map((r) => [...r]),
    totals: totals.map((r) => [...r]),
    select_join: db.session
      .execute(db.select(Article.headline).join(Writer).where(Writer.handle.eq("bob")))
      .scalars()
      .all(),
  };
});
