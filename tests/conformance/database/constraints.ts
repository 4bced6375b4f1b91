import { Flask } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("constraints");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Owner extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static email = db.Column(db.String(80), { unique: true, index: true });
  static code = db.Column(db.String(10), { index: true });
  declare id: number;
  static {
    db.register(Owner);
  }
}

class Car extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static plate = db.Column(db.String(10), { nullable: false });
  static owner_id = db.Column(db.Integer, db.ForeignKey("owner.id"));
  static {
    db.register(Car);
  }
}

await app.appContext().run(() => db.createAll());

function attempt(...objects: object[]): string {
  db.session.addAll(objects);
  try {
    db.session.commit();
    return "ok";
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return e.orig;
  }
}

app.get("/", function index() {
  return {
    owner: attempt(new Owner({ email: "a@x", code: "A" })),
    same_code: attempt(new Owner({ email: "b@x", code: "A" })),
    same_email: attempt(new Owner({ email: "a@x", code: "C" })),
    orphan_car: attempt(new Car({ plate: "XYZ", owner_id: 42 })),
    no_plate: attempt(new Car({ owner_id: 1 })),
    explicit_id: attempt(new Owner({ id: 10, email: "c@x" })),
    duplicate_id: attempt(new Owner({ id: 10, email: "d@x" })),
    indexes: [
      ...db.session.execute(
        db.text(
          "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name",
        ),
      ),
    ].map((r) => [...r]),
    owners: (Owner.query.orderBy(Owner.id).all() as Owner[]).map((o) => o.id),
  };
});
