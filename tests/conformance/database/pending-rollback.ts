import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("pending_rollback");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Tag extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static label = db.Column(db.String(30), { unique: true, nullable: false });
  declare label: string;
  static {
    db.register(Tag);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/tags", function add() {
  db.session.add(new Tag({ label: request.form.label }));
  db.session.commit();
  return ["added", 201];
});

app.post("/forgetful", function forgetful() {
  db.session.add(new Tag({ label: request.form.label }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
  }
  try {
    return String(Tag.query.count());
  } catch (e) {
    return [(e as Error).name, 500];
  }
});

app.get("/tags", function index() {
  return (Tag.query.orderBy(Tag.id).all() as Tag[]).map((t) => t.label).join(",");
});
