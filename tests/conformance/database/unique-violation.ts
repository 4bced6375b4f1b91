import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("unique_violation");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Account extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static email = db.Column(db.String(120), { unique: true, nullable: false });
  static {
    db.register(Account);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/signup", function signup() {
  db.session.add(new Account({ email: request.form.email }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return [`taken: ${e.orig}`, 409];
  }
  return ["welcome", 201];
});

app.get("/count", function count() {
  return String(Account.query.count());
});
