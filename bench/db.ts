/**
 * `npm run bench -- db` / `npm run bench:db`: the database module against Flask-SQLAlchemy 3.0
 * on SQLite, the same operations both sides: inserts with a commit each, inserts committed
 * together, `filter_by(...).first()` and a 2.0 select by primary key, on an in-memory database.
 * Usage: node bench/db.ts [--n 2000] [--no-python]
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    "no-python": { type: "boolean", default: false },
  },
});
const n = Number(values.n);

type Phases = Record<string, number>;

/** The port's run of the same operations, in seconds per phase. */
export async function portPhases(count: number): Promise<Phases> {
  const app = new Flask("bench_db");
  app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
  const db = new SQLAlchemy(app);
  class User extends db.Model {
    static id = db.Column(db.Integer, { primaryKey: true });
    static username = db.Column(db.String(80), { unique: true, nullable: false });
    static email = db.Column(db.String(120));
    static {
      db.register(User);
    }
  }
  const out: Phases = {};
  await app.appContext().run(() => {
    db.createAll();
    let started = performance.now();
    for (let i = 0; i < count; i++) {
      db.session.add(new User({ username: `user${i}`, email: `user${i}@example.com` }));
      db.session.commit();
    }
    out.insert_commit = (performance.now() - started) / 1000;
    started = performance.now();
    for (let i = 0; i < count; i++) db.session.add(new User({ username: `bulk${i}` }));
    db.session.commit();
    out.insert_batch = (performance.now() - started) / 1000;
    started = performance.now();
    for (let i = 0; i < count; i++) User.query.filterBy({ username: `user${i}` }).first();
    out.query_filter_first = (performance.now() - started) / 1000;
    started = performance.now();
    for (let i = 0; i < count; i++)
      db.session.execute(db.select(User).where(User.id.eq(i + 1))).scalarOne();
    out.select_by_id = (performance.now() - started) / 1000;
  });
  return out;
}

const LABELS: Record<string, string> = {
  insert_commit: "inserts/s, a commit each",
  insert_batch: "inserts/s, one commit",
  query_filter_first: "queries/s, filter_by().first()",
  select_by_id: "queries/s, select by id",
};

if (import.meta.main) {
  // One unmeasured round: V8 and the WebAssembly tiers warm up, as CPython needs no warming.
  await portPhases(Math.min(n, 500));
  const port = await portPhases(n);
  let python: Phases | null = null;
  if (!values["no-python"]) {
    const script = join(import.meta.dirname, "db", "flask_sqlalchemy_ops.py");
    python = JSON.parse(
      execFileSync("/usr/bin/python3", [script, String(n)], { encoding: "utf8" }).trim(),
    ) as Phases;
  }
  console.log(
    `${n} operations each, in-memory SQLite; Kolba on Node ${process.version}, Flask-SQLAlchemy 3.0.3 on /usr/bin/python3`,
  );
  console.log(`${"".padEnd(34)}${"Kolba".padStart(10)}${"Flask".padStart(10)}  ratio`);
  for (const [phase, label] of Object.entries(LABELS)) {
    const ours = n / (port[phase] as number);
    const theirs = python ? n / (python[phase] as number) : Number.NaN;
    const ratio = python ? `${(ours / theirs).toFixed(2)}×` : "";
    console.log(
      `${label.padEnd(34)}${Math.round(ours).toString().padStart(10)}${python ? Math.round(theirs).toString().padStart(10) : "".padStart(10)}  ${ratio}`,
    );
  }
}
