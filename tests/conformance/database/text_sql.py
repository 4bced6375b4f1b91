from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import OperationalError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Product(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.String(40))
    price = db.Column(db.Float)


with app.app_context():
    db.create_all()
    db.session.add_all([Product(label="tea", price=3.5), Product(label="cake", price=4.25), Product(label="jam", price=2.75)])
    db.session.commit()


@app.get("/")
def index():
    rows = db.session.execute(db.text("SELECT id, label, price FROM product ORDER BY price")).all()
    return {
        "rows": [list(r) for r in rows],
        "str": str(rows),
        "by_name": [r.label for r in rows],
        "keys": list(db.session.execute(db.text("SELECT label AS name, price * 2 AS double FROM product")).keys()),
        "scalar": db.session.execute(db.text("SELECT count(*) FROM product")).scalar(),
        "one": list(db.session.execute(db.text("SELECT label FROM product WHERE id = :id"), {"id": 2}).one()),
        "mappings": [dict(m) for m in db.session.execute(db.text("SELECT label, price FROM product WHERE price < :p"), {"p": 3}).mappings()],
    }


@app.post("/raise")
def raise_prices():
    result = db.session.execute(db.text("UPDATE product SET price = price + :by WHERE price < :limit"), {"by": 1, "limit": 4})
    db.session.commit()
    return {"changed": result.rowcount, "prices": [p.price for p in Product.query.order_by(Product.id)]}


@app.get("/sql")
def run_sql():
    try:
        return [list(r) for r in db.session.execute(db.text(request.args["q"])).all()]
    except OperationalError as e:
        db.session.rollback()
        return {"error": type(e).__name__, "orig": str(e.orig), "statement": e.statement}, 400
