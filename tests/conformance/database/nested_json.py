from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer = db.Column(db.String(30), nullable=False)
    lines = db.relationship("OrderLine", backref="order", cascade="all, delete-orphan", order_by="OrderLine.id")

    def total(self):
        return sum(line.quantity * line.unit_cents for line in self.lines)


class OrderLine(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    product = db.Column(db.String(30))
    quantity = db.Column(db.Integer, default=1)
    unit_cents = db.Column(db.Integer)
    order_id = db.Column(db.Integer, db.ForeignKey("order.id"), nullable=False)


with app.app_context():
    db.create_all()


@app.post("/orders")
def create():
    data = request.get_json()
    order = Order(customer=data["customer"])
    for item in data["lines"]:
        order.lines.append(OrderLine(product=item["product"], quantity=item.get("quantity"), unit_cents=item["cents"]))
    db.session.add(order)
    db.session.commit()
    return {"id": order.id, "lines": len(order.lines)}, 201


@app.get("/orders")
def orders():
    return {
        "orders": [
            {
                "id": o.id,
                "customer": o.customer,
                "total": o.total(),
                "lines": [{"product": l.product, "quantity": l.quantity, "order": l.order.id} for l in o.lines],
            }
            for o in Order.query.order_by(Order.id)
        ]
    }


@app.delete("/orders/<int:id>")
def delete(id):
    db.session.delete(db.get_or_404(Order, id))
    db.session.commit()
    return {"orders": Order.query.count(), "lines": OrderLine.query.count()}
