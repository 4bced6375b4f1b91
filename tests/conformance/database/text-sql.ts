import { Flask, request } from "flask";
import { OperationalError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("text_sql");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Product extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static label = db.Column(db.String(40));
  static price = db.Column(db.Float);
  declare price: number;
  static {
    db.register(Product);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Product({ label: "tea", price: 3.5 }),
    new Product({ label: "cake", price: 4.25 }),
    new Product({ label: "jam", price: 2.75 }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const rows = db.session
    .execute(db.text("SELECT id, label, price FROM product ORDER BY price"))
    .all();
  return {
    rows: rows.map((r) => [...r]),
    str: `[${rows.join(", ")}]`,
    by_name: rows.map((r) => r.label),
    keys: db.session
      .execute(db.text("SELECT label AS name, price * 2 AS double FROM product"))
      .keys(),
    scalar: db.session.execute(db.text("SELECT count(*) FROM product")).scalar(),
    one: [
      ...db.session.execute(db.text("SELECT label FROM product WHERE id = :id"), { id: 2 }).one(),
    ],
    mappings: [
      ...db.session
        .execute(db.text("SELECT label, price FROM product WHERE price < :p"), { p: 3 })
        .mappings(),
    ],
  };
});

app.post("/raise", function raisePrices() {
  const result = db.session.execute(
    db.text("UPDATE product SET price = price + :by WHERE price < :limit"),
    {
      by: 1,
      limit: 4,
    },
  );
  db.session.commit();
  return {
    changed: result.rowcount,
    prices: (Product.query.orderBy(Product.id).all() as Product[]).map((p) => p.price),
  };
});

app.get("/sql", function runSql() {
  try {
    return db.session
      .execute(db.text(String(request.args.q)))
      .all()
      .map((r) => [...r]);
  } catch (e) {
    if (!(e instanceof OperationalError)) throw e;
    db.session.rollback();
    return [{ error: e.name, orig: e.orig, statement: e.statement }, 400];
  }
});
