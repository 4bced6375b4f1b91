from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(50))


with app.app_context():
    db.create_all()


@app.post("/draft")
def draft():
    item = Item(title=request.form["title"])
    db.session.add(item)
    db.session.flush()
    return f"flushed {item.id}, not committed"


@app.post("/save")
def save():
    db.session.add(Item(title=request.form["title"]))
    db.session.commit()
    return "saved"


@app.post("/rename-without-commit")
def rename():
    item = db.session.get(Item, 1)
    item.title = "changed"
    return f"renamed to {item.title} in this request only"


@app.get("/items")
def items():
    return repr([(i.id, i.title) for i in Item.query.all()])
