import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("query_shaping");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Score extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static player = db.Column(db.String(20));
  static points = db.Column(db.Integer);
  declare player: string;
  declare points: number;
  static {
    db.register(Score);
  }
}

await app.appContext().run(() => {
  db.createAll();
  for (const [player, points] of [
    ["ana", 30],
    ["bob", 10],
    ["cy", 50],
    ["di", 20],
    ["ed", 40],
    ["fay", 50],
  ] as const) {
    db.session.add(new Score({ player, points }));
  }
  db.session.commit();
});

function show(scores: Iterable<Score>): string {
  return [...scores].map((s) => `${s.player}=${s.points}`).join(" ");
}

app.get("/", function index() {
  return {
    all: show(Score.query.all()),
    order: show(Score.query.orderBy(Score.points).all()),
    order_desc_then_name: show(Score.query.orderBy(Score.points.desc(), Score.player).all()),
    limit: show(Score.query.orderBy(Score.id).limit(2).all()),
    offset: show(Score.query.orderBy(Score.id).offset(4).all()),
    limit_offset: show(Score.query.orderBy(Score.id).limit(2).offset(2).all()),
    first: String(Score.query.orderBy(Score.points.desc()).first()),
    first_none: String(Score.query.filter(Score.points.gt(100)).first() ?? "None"),
    count: Score.query.count(),
    count_filtered: Score.query.filter(Score.points.ge(30)).count(),
    get: String(Score.query.get(3)),
    get_missing: String(Score.query.get(99) ?? "None"),
    one_or_none: String(Score.query.filterBy({ player: "bob" }).oneOrNone()),
    distinct_points: (Score.query.orderBy(Score.points).all() as Score[]).map((s) => s.points),
  };
});

app.get("/one/<player>", function one({ player }: { player: string }) {
  try {
    return String(Score.query.filterBy({ player }).one());
  } catch (e) {
    return [(e as Error).name, 404];
  }
});

app.get("/top/<int:n>", function top({ n }: { n: number }) {
  return show(Score.query.orderBy(Score.points.desc(), Score.id).limit(n));
});
