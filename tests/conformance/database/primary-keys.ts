import { Flask, jsonify } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("primary_keys");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Country extends db.Model {
  static code = db.Column(db.String(2), { primaryKey: true });
  static title = db.Column(db.String(40));
  declare title: string;
  static {
    db.register(Country);
  }
}

class Seat extends db.Model {
  static row = db.Column(db.Integer, { primaryKey: true });
  static letter = db.Column(db.String(1), { primaryKey: true });
  static taken = db.Column(db.Boolean, { default: false });
  declare taken: boolean;
  static {
    db.register(Seat);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Country({ code: "LT", title: "Lithuania" }),
    new Country({ code: "KZ", title: "Kazakhstan" }),
  ]);
  db.session.addAll([
    new Seat({ row: 1, letter: "A" }),
    new Seat({ row: 1, letter: "B", taken: true }),
    new Seat({ row: 2, letter: "A" }),
  ]);
  db.session.commit();
});

app.get("/countries/<code>", function country({ code }: { code: string }) {
  const c = db.getOr404(Country, code);
  return `${c} ${c.title}`;
});

app.get(
  "/seats/<int:row>/<letter>",
  function seat({ row, letter }: { row: number; letter: string }) {
    const s = db.session.get(Seat, [row, letter]);
    if (s === null) return ["no such seat", 404];
    return { repr: String(s), taken: s.taken };
  },
);

app.get("/seats", function seats() {
  return jsonify(
    (Seat.query.orderBy(Seat.row, Seat.letter.desc()).all() as Seat[]).map((s) => String(s)),
  );
});
