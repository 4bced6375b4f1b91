import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("identity_map");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Player extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static nick = db.Column(db.String(30));
  declare nick: string;
  static {
    db.register(Player);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.add(new Player({ nick: "ana" }));
  db.session.commit();
});

app.get("/", function index() {
  const a = db.session.get(Player, 1) as Player;
  const b = Player.query.get(1);
  const c = Player.query.filterBy({ nick: "ana" }).first();
  const d = db.session.execute(db.select(Player)).scalarOne();
  a.nick = "changed in memory";
  return {
    same_object: a === b && b === c && c === d,
    sees_change: d.nick,
    in_session: db.session.contains(a),
    dirty: db.session.dirty.map((p) => String(p)),
    modified: db.session.isModified(a),
  };
});

app.get("/fresh", function fresh() {
  return (db.session.get(Player, 1) as Player).nick;
});

app.get("/new", function newPlayer() {
  const p = new Player({ nick: "bob" });
  const before = String(p).slice(0, "<Player (transient".length);
  db.session.add(p);
  const pending = String(p).slice(0, "<Player (pending".length);
  const listed = db.session.new.length;
  db.session.flush();
  return { before, pending, new: listed, after: String(p), new_after: db.session.new.length };
});
