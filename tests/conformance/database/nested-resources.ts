import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("nested_resources");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Course extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(40));
  static units = db.relationship("Unit", { backref: "course", orderBy: "Unit.position" });
  declare id: number;
  declare title: string;
  declare units: Unit[];
  static {
    db.register(Course);
  }
}

class Unit extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static position = db.Column(db.Integer);
  static heading = db.Column(db.String(40));
  static course_id = db.Column(db.Integer, db.ForeignKey("course.id"));
  declare position: number;
  declare heading: string;
  declare course_id: number | null;
  declare course: Course | null;
  static {
    db.register(Unit);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const [flask, sql] = [new Course({ title: "Flask" }), new Course({ title: "SQL" })];
  db.session.addAll([flask, sql]);
  db.session.addAll([
    new Unit({ position: 2, heading: "Routing", course: flask }),
    new Unit({ position: 1, heading: "Hello", course: flask }),
    new Unit({ position: 1, heading: "SELECT", course: sql }),
  ]);
  db.session.commit();
});

app.get(
  "/courses/<int:course_id>/units/<int:unit_id>",
  function unit({ course_id, unit_id }: { course_id: number; unit_id: number }) {
    const course = db.getOr404(Course, course_id);
    const found: Unit = Unit.query.filterBy({ id: unit_id, course_id: course.id }).firstOr404();
    return `${course.title} / ${found.position}. ${found.heading}`;
  },
);

app.get("/courses/<int:course_id>", function course({ course_id }: { course_id: number }) {
  const found = db.getOr404(Course, course_id);
  return found.units.map((u) => `${u.position}. ${u.heading}`).join(" | ");
});

app.post("/units/<int:unit_id>/detach", function detach({ unit_id }: { unit_id: number }) {
  const found = db.getOr404(Unit, unit_id);
  const old = found.course as Course;
  found.course = null;
  const inOld = old.units.includes(found);
  db.session.commit();
  return {
    in_old_list: inOld,
    course_id: found.course_id,
    old_units: old.units.map((u) => u.heading),
  };
});
