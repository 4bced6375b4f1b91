from flask import Blueprint, Flask, g
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Visitor(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nick = db.Column(db.String(20), unique=True)
    visits = db.Column(db.Integer, default=0)


bp = Blueprint("site", __name__, url_prefix="/site")


@bp.before_app_request
def load_visitor():
    g.visitor = Visitor.query.filter_by(nick="guest").first()


@bp.get("/visit")
def visit():
    g.visitor.visits += 1
    db.session.commit()
    return f"{g.visitor.nick} visit {g.visitor.visits}"


@bp.get("/who")
def who():
    return repr(g.visitor)


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI="sqlite://", SECRET_KEY="dev")
    db.init_app(app)
    app.register_blueprint(bp)
    with app.app_context():
        db.create_all()
        db.session.add(Visitor(nick="guest"))
        db.session.commit()
    return app


app = create_app()
