import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

// The extension first, with no app yet: models can be declared on it already.
const db = new SQLAlchemy();

class Visit extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static path = db.Column(db.String(200), { nullable: false });
  static {
    db.register(Visit);
  }
}

const app = new Flask(import.meta.url);
// A relative file name: the database file instance/library.db.
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///library.db");
app.config.set("SQLALCHEMY_ECHO", true);
// Now tie the extension to the app.
db.initApp(app);

await app.appContext().run(() => db.createAll());

function visit({ page }: { page: string }) {
  db.session.add(new Visit({ path: page }));
  db.session.commit();
  const total = db.session.execute(db.select(db.func.count()).selectFrom(Visit)).scalar();
  const here = db.session
    .execute(db.select(db.func.count()).selectFrom(Visit).where(Visit.path.eq(page)))
    .scalar();
  return `Visits to /${page}: ${here}. Visits in all: ${total}.`;
}
app.get("/", { defaults: { page: "" } }, visit);
app.get("/<path:page>", visit);

app.run();
