import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("nested_json");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Order extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static customer = db.Column(db.String(30), { nullable: false });
  static lines = db.relationship("OrderLine", {
    backref: "order",
    cascade: "all, delete-orphan",
    orderBy: "OrderLine.id",
  });
  declare id: number;
  declare customer: string;
  declare lines: OrderLine[];
  static {
    db.register(Order);
  }

  total(): number {
    return this.lines.reduce((sum, line) => sum + line.quantity * line.unit_cents, 0);
  }
}

class OrderLine extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static product = db.Column(db.String(30));
  static quantity = db.Column(db.Integer, { default: 1 });
  static unit_cents = db.Column(db.Integer);
  static order_id = db.Column(db.Integer, db.ForeignKey("order.id"), { nullable: false });
  declare product: string;
  declare quantity: number;
  declare unit_cents: number;
  declare order: Order;
  static {
    db.register(OrderLine);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/orders", function create() {
  const data = request.getJson() as {
    customer: string;
    lines: { product: string; quantity?: number; cents: number }[];
  };
  const order = new Order({ customer: data.customer });
  for (const item of data.lines) {
    order.lines.push(
      new OrderLine({
        product: item.product,
        quantity: item.quantity ?? null,
        unit_cents: item.cents,
      }),
    );
  }
  db.session.add(order);
  db.session.commit();
  return [{ id: order.id, lines: order.lines.length }, 201];
});

app.get("/orders", function orders() {
  return {
    orders: (Order.query.orderBy(Order.id).all() as Order[]).map((o) => ({
      id: o.id,
      customer: o.customer,
      total: o.total(),
      lines: o.lines.map((l) => ({ product: l.product, quantity: l.quantity, order: l.order.id })),
    })),
  };
});

app.delete("/orders/<int:id>", function deleteOrder({ id }: { id: number }) {
  db.session.delete(db.getOr404(Order, id));
  db.session.commit();
  return { orders: Order.query.count(), lines: OrderLine.query.count() };
});
