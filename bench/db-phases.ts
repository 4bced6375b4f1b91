/**
 * The database benchmark's operations through the port, shared by the Node run and the
 * Chromium Worker run (bench/db.ts, bench/db/browser-worker.ts).
 */
import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

/** Seconds per phase. */
export type Phases = Record<string, number>;

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
