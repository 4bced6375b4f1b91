import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("select_style");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class City extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(50), { nullable: false });
  static country = db.Column(db.String(50));
  static population = db.Column(db.Integer);
  declare title: string;
  declare country: string;
  static {
    db.register(City);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new City({ title: "Vilnius", country: "LT", population: 588000 }),
    new City({ title: "Kaunas", country: "LT", population: 305000 }),
    new City({ title: "Almaty", country: "KZ", population: 2000000 }),
    new City({ title: "Astana", country: "KZ", population: 1350000 }),
    new City({ title: "Riga", country: "LV", population: 605000 }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const cities = db.session.execute(db.select(City).orderBy(City.title)).scalars().all();
  const lt = db.session
    .execute(db.select(City).where(City.country.eq("LT")).orderBy(City.id))
    .scalars();
  const first = db.session
    .execute(db.select(City).filterBy({ country: "KZ" }).orderBy(City.population))
    .scalars()
    .first() as City;
  const names = db.session
    .execute(db.select(City.title).orderBy(City.population.desc()).limit(2))
    .scalars()
    .all();
  const rows = db.session
    .execute(
      db.select(City.title, City.population).where(City.population.gt(1000000)).orderBy(City.id),
    )
    .all();
  const total = db.session.execute(db.select(db.func.count()).selectFrom(City)).scalar();
  const counted = db.session
    .execute(db.select(db.func.count(City.id)).where(City.country.eq("LT")))
    .scalar();
  const biggest = db.session.execute(db.select(db.func.max(City.population))).scalar();
  const perCountry = db.session
    .execute(
      db.select(City.country, db.func.count(City.id)).groupBy(City.country).orderBy(City.country),
    )
    .all();
  return {
    all: cities.map((c) => c.title),
    lt: [...lt].map((c) => c.title),
    first: first.title,
    names,
    rows: rows.map((r) => [r.title, r.population]),
    total,
    counted,
    biggest,
    per_country: perCountry.map((r) => [...r]),
    scalar_one: db.session.execute(db.select(City).where(City.title.eq("Riga"))).scalarOne()
      .country,
    scalar_none: db.session.execute(db.select(City).where(City.title.eq("Oslo"))).scalarOneOrNone(),
    scalar: db.session.scalar(db.select(City.title).where(City.id.eq(2))),
    scalars: [...db.session.scalars(db.select(City).where(City.country.eq("LV")))].map(
      (c) => c.title,
    ),
    get: String(db.session.get(City, 3)),
    get_missing: db.session.get(City, 30),
  };
});
