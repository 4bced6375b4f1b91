import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("text_ddl");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

await app.appContext().run(() => {
  db.session.execute(db.text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT, at TEXT)"));
  db.session.execute(db.text("INSERT INTO note (body, at) VALUES (:b, '12:30')"), { b: "lunch" });
  db.session.execute(db.text("INSERT INTO note (body, at) VALUES (:b, :t)"), {
    b: "tea",
    t: "16:00",
  });
  db.session.commit();
});

app.get("/", function index() {
  const rows = db.session.execute(
    db.text("SELECT id, body, at FROM note WHERE at > :after ORDER BY at"),
    {
      after: "12:00",
    },
  );
  return {
    rows: [...rows].map((r) => [r.id, r.body, r.at]),
    literal: db.session.execute(db.text("SELECT 'time\\:' || at FROM note WHERE id = 1")).scalar(),
    count: db.session.execute(db.text("SELECT count(*) AS n FROM note")).one().n,
    empty: db.session.execute(db.text("SELECT body FROM note WHERE id = 99")).first(),
  };
});

app.get("/missing-param", function missing() {
  try {
    db.session.execute(db.text("SELECT * FROM note WHERE id = :id")).all();
    return "ran";
  } catch (e) {
    return [(e as Error).name, 400];
  }
});
