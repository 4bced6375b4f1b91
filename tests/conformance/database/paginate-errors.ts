import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("paginate_errors");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Log extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static line = db.Column(db.String(20));
  declare line: string;
  static {
    db.register(Log);
  }
}

await app.appContext().run(() => db.createAll());

app.get("/logs", function logs() {
  const page = db.paginate(db.select(Log).orderBy(Log.id));
  return {
    items: page.items.map((l) => l.line),
    per_page: page.perPage,
    pages: page.pages,
    total: page.total,
  };
});

app.post("/fill/<int:n>", function fill({ n }: { n: number }) {
  db.session.addAll(Array.from({ length: n }, (_, i) => new Log({ line: `line ${i}` })));
  db.session.commit();
  return String(Log.query.count());
});
