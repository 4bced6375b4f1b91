from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm.exc import DetachedInstanceError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Setting(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    key = db.Column(db.String(20))
    value = db.Column(db.String(20))


with app.app_context():
    db.create_all()
    db.session.add(Setting(key="theme", value="dark"))
    db.session.commit()

cache = {}


@app.get("/load")
def load():
    cache["setting"] = Setting.query.first()
    return cache["setting"].value


@app.get("/loaded-then-committed")
def committed():
    s = Setting.query.first()
    cache["expired"] = s
    db.session.commit()
    return "committed"


@app.get("/read/<name>")
def read(name):
    try:
        return cache[name].value
    except DetachedInstanceError as e:
        return type(e).__name__, 500


@app.get("/merge-back")
def merge_back():
    s = db.session.get(Setting, cache["expired"].id if "id" in cache["expired"].__dict__ else 1)
    return s.value
