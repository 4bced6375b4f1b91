import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("expire_refresh");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Counter extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static value = db.Column(db.Integer, { default: 0 });
  declare id: number;
  declare value: number;
  static {
    db.register(Counter);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.add(new Counter());
  db.session.commit();
});

app.get("/", function index() {
  const c = db.session.get(Counter, 1) as Counter;
  const seen = [c.value];
  db.session.execute(db.text("UPDATE counter SET value = value + 10"));
  seen.push(c.value);
  db.session.refresh(c);
  seen.push(c.value);
  db.session.execute(db.text("UPDATE counter SET value = value + 1"));
  db.session.expire(c);
  seen.push(c.value);
  db.session.execute(db.text("UPDATE counter SET value = value + 1"));
  db.session.commit();
  seen.push(c.value);
  return { seen };
});

app.get("/rollback", function rollback() {
  const c = db.session.get(Counter, 1) as Counter;
  c.value = 999;
  const extra = new Counter({ value: 5 });
  db.session.add(extra);
  db.session.flush();
  const flushed = [c.value, extra.id, Counter.query.count()];
  db.session.rollback();
  return { flushed, after: [c.value, Counter.query.count(), db.session.contains(extra)] };
});
