from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Entry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    word = db.Column(db.String(20))


with app.app_context():
    db.create_all()


@app.post("/")
def add():
    db.session.add(Entry(word="alpha"))
    db.session.add(Entry(word="beta"))
    seen = [e.word for e in Entry.query.order_by(Entry.word)]
    first = Entry.query.filter_by(word="beta").first()
    count = db.session.execute(db.select(db.func.count(Entry.id))).scalar()
    first.word = "gamma"
    renamed = Entry.query.filter_by(word="gamma").count()
    with db.session.no_autoflush:
        db.session.add(Entry(word="delta"))
        hidden = Entry.query.count()
    db.session.commit()
    return {"seen": seen, "first_id": first.id, "count": count, "renamed": renamed, "hidden": hidden}


@app.get("/")
def index():
    return [e.word for e in Entry.query.order_by(Entry.id)]
