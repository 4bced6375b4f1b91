from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Counter(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    value = db.Column(db.Integer, default=0)


with app.app_context():
    db.create_all()
    db.session.add(Counter())
    db.session.commit()


@app.get("/")
def index():
    c = db.session.get(Counter, 1)
    seen = [c.value]
    db.session.execute(db.text("UPDATE counter SET value = value + 10"))
    seen.append(c.value)
    db.session.refresh(c)
    seen.append(c.value)
    db.session.execute(db.text("UPDATE counter SET value = value + 1"))
    db.session.expire(c)
    seen.append(c.value)
    db.session.execute(db.text("UPDATE counter SET value = value + 1"))
    db.session.commit()
    seen.append(c.value)
    return {"seen": seen}


@app.get("/rollback")
def rollback():
    c = db.session.get(Counter, 1)
    c.value = 999
    extra = Counter(value=5)
    db.session.add(extra)
    db.session.flush()
    flushed = [c.value, extra.id, Counter.query.count()]
    db.session.rollback()
    return {"flushed": flushed, "after": [c.value, Counter.query.count(), extra in db.session]}
