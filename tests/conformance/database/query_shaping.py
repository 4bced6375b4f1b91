from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Score(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    player = db.Column(db.String(20))
    points = db.Column(db.Integer)


with app.app_context():
    db.create_all()
    for i, (player, points) in enumerate(
        [("ana", 30), ("bob", 10), ("cy", 50), ("di", 20), ("ed", 40), ("fay", 50)]
    ):
        db.session.add(Score(player=player, points=points))
    db.session.commit()


def show(scores):
    return " ".join(f"{s.player}={s.points}" for s in scores)


@app.get("/")
def index():
    return {
        "all": show(Score.query.all()),
        "order": show(Score.query.order_by(Score.points).all()),
        "order_desc_then_name": show(Score.query.order_by(Score.points.desc(), Score.player).all()),
        "limit": show(Score.query.order_by(Score.id).limit(2).all()),
        "offset": show(Score.query.order_by(Score.id).offset(4).all()),
        "limit_offset": show(Score.query.order_by(Score.id).limit(2).offset(2).all()),
        "first": repr(Score.query.order_by(Score.points.desc()).first()),
        "first_none": repr(Score.query.filter(Score.points > 100).first()),
        "count": Score.query.count(),
        "count_filtered": Score.query.filter(Score.points >= 30).count(),
        "get": repr(Score.query.get(3)),
        "get_missing": repr(Score.query.get(99)),
        "one_or_none": repr(Score.query.filter_by(player="bob").one_or_none()),
        "distinct_points": [s.points for s in Score.query.order_by(Score.points).all()],
    }


@app.get("/one/<player>")
def one(player):
    try:
        return repr(Score.query.filter_by(player=player).one())
    except Exception as e:
        return type(e).__name__, 404


@app.get("/top/<int:n>")
def top(n):
    return show(Score.query.order_by(Score.points.desc(), Score.id).limit(n))
