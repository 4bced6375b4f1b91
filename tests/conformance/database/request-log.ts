import { Flask, type Response, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("request_log");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Hit extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static path = db.Column(db.String(80));
  static status = db.Column(db.Integer);
  static {
    db.register(Hit);
  }
}

await app.appContext().run(() => db.createAll());

app.afterRequest(function record(response: Response) {
  db.session.add(new Hit({ path: request.path, status: response.statusCode }));
  db.session.commit();
  return response;
});

app.get("/", function index() {
  return "home";
});

app.get("/stats", function stats() {
  const rows = db.session
    .execute(
      db.select(Hit.path, db.func.count(Hit.id).label("n")).groupBy(Hit.path).orderBy(Hit.path),
    )
    .all();
  return {
    paths: Object.fromEntries(rows.map((r) => [r.path, r.n])),
    errors: Hit.query.filter(Hit.status.ge(400)).count(),
  };
});
