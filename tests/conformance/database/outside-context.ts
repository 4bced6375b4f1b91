import { Flask } from "flask";
import { type OperationalError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("outside_context");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Thing extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(Thing);
  }
}

let atImport: string;
try {
  db.createAll();
  atImport = "created";
} catch (e) {
  atImport = `${(e as Error).name}: ${(e as Error).message}`;
}

app.get("/", function index() {
  return atImport;
});

app.get("/count", function count() {
  try {
    return String(Thing.query.count());
  } catch (e) {
    return [`${(e as Error).name}: ${(e as OperationalError).orig}`, 500];
  }
});

app.get("/create", function create() {
  db.createAll();
  return String(Thing.query.count());
});
