import { Flask } from "flask";
import { DetachedInstanceError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("detached_across_requests");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Setting extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static key = db.Column(db.String(20));
  static value = db.Column(db.String(20));
  declare value: string;
  static {
    db.register(Setting);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.add(new Setting({ key: "theme", value: "dark" }));
  db.session.commit();
});

const cache: Record<string, Setting> = {};

app.get("/load", function load() {
  cache.setting = Setting.query.first() as Setting;
  return cache.setting.value;
});

app.get("/loaded-then-committed", function committed() {
  cache.expired = Setting.query.first() as Setting;
  db.session.commit();
  return "committed";
});

app.get("/read/<name>", function read({ name }: { name: string }) {
  try {
    return (cache[name] as Setting).value;
  } catch (e) {
    if (!(e instanceof DetachedInstanceError)) throw e;
    return [e.name, 500];
  }
});

app.get("/merge-back", function mergeBack() {
  return (db.session.get(Setting, 1) as Setting).value;
});
