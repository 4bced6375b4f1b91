import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("bulk_delete");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Job extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static done = db.Column(db.Boolean, { default: false });
  declare id: number;
  static {
    db.register(Job);
  }
}

function seed() {
  db.dropAll();
  db.createAll();
  db.session.addAll(Array.from({ length: 6 }, (_, n) => new Job({ done: n % 2 === 0 })));
  db.session.commit();
}

await app.appContext().run(() => seed());

app.post("/clear-done", function clearDone() {
  const removed = Job.query.filter(Job.done.eq(true)).delete();
  db.session.commit();
  return { removed, left: (Job.query.orderBy(Job.id).all() as Job[]).map((j) => j.id) };
});

app.post("/reset", function reset() {
  seed();
  return { jobs: Job.query.count() };
});

app.post("/delete-one/<int:id>", function deleteOne({ id }: { id: number }) {
  const job = db.getOr404(Job, id);
  db.session.delete(job);
  db.session.flush();
  return { gone: db.session.get(Job, id) === null, count: Job.query.count() };
});
