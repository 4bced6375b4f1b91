import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("filter_by_parent");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Blog extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static slug = db.Column(db.String(20), { unique: true });
  static entries = db.relationship("BlogEntry", { backref: "blog" });
  declare id: number;
  declare entries: BlogEntry[];
  static {
    db.register(Blog);
  }
}

class BlogEntry extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static heading = db.Column(db.String(40));
  static blog_id = db.Column(db.Integer, db.ForeignKey("blog.id"));
  declare heading: string;
  static {
    db.register(BlogEntry);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const [one, two] = [new Blog({ slug: "one" }), new Blog({ slug: "two" })];
  db.session.addAll([one, two]);
  for (let n = 1; n < 8; n++)
    db.session.add(new BlogEntry({ heading: `entry ${n}`, blog: n % 3 ? one : two }));
  db.session.commit();
});

app.get("/<slug>", function blog({ slug }: { slug: string }) {
  const b: Blog = Blog.query.filterBy({ slug }).firstOr404();
  const page = BlogEntry.query
    .filterBy({ blog: b })
    .orderBy(BlogEntry.id.desc())
    .paginate({ perPage: 2 });
  return {
    count: b.entries.length,
    page: (page.items as BlogEntry[]).map((e) => e.heading),
    pages: page.pages,
    by_key: BlogEntry.query.filterBy({ blog_id: b.id }).count(),
    none: BlogEntry.query.filterBy({ blog: null }).count(),
  };
});
