import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Member extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static username = db.Column(db.String(80), { nullable: false });
  static email = db.Column(db.String(120), { unique: true, nullable: false });
  static {
    db.register(Member);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.add(new Member({ username: "ona", email: "ona@example.com" }));
  db.session.commit();
});

const memberCount = () =>
  db.session.execute(db.select(db.func.count()).selectFrom(Member)).scalar();

app.post("/members", function join() {
  db.session.add(new Member({ username: request.form.username, email: request.form.email }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    // The failed transaction must be rolled back before the session can be used again.
    db.session.rollback();
    return [`${request.form.email} is taken (${e.orig}). Still ${memberCount()} members.`, 409];
  }
  return [`Welcome! ${memberCount()} members now.`, 201];
});

// The same view without the rollback: the next query fails.
app.post("/careless", function careless() {
  db.session.add(new Member({ username: request.form.username, email: request.form.email }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    return [`Taken. Still ${memberCount()} members.`, 409];
  }
  return [`Welcome! ${memberCount()} members now.`, 201];
});

app.run();
