from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Player(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nick = db.Column(db.String(30))


with app.app_context():
    db.create_all()
    db.session.add(Player(nick="ana"))
    db.session.commit()


@app.get("/")
def index():
    a = db.session.get(Player, 1)
    b = Player.query.get(1)
    c = Player.query.filter_by(nick="ana").first()
    d = db.session.execute(db.select(Player)).scalar_one()
    a.nick = "changed in memory"
    return {
        "same_object": a is b and b is c and c is d,
        "sees_change": d.nick,
        "in_session": a in db.session,
        "dirty": [repr(p) for p in db.session.dirty],
        "modified": db.session.is_modified(a),
    }


@app.get("/fresh")
def fresh():
    return db.session.get(Player, 1).nick


@app.get("/new")
def new():
    p = Player(nick="bob")
    before = repr(p)[: len("<Player (transient")]
    db.session.add(p)
    pending = repr(p)[: len("<Player (pending")]
    listed = len(db.session.new)
    db.session.flush()
    return {"before": before, "pending": pending, "new": listed, "after": repr(p), "new_after": len(db.session.new)}
