from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Owner(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(80), unique=True, index=True)
    code = db.Column(db.String(10), index=True)


class Car(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    plate = db.Column(db.String(10), nullable=False)
    owner_id = db.Column(db.Integer, db.ForeignKey("owner.id"))


with app.app_context():
    db.create_all()


def attempt(*objects):
    db.session.add_all(objects)
    try:
        db.session.commit()
        return "ok"
    except IntegrityError as e:
        db.session.rollback()
        return str(e.orig)


@app.get("/")
def index():
    return {
        "owner": attempt(Owner(email="a@x", code="A")),
        "same_code": attempt(Owner(email="b@x", code="A")),
        "same_email": attempt(Owner(email="a@x", code="C")),
        "orphan_car": attempt(Car(plate="XYZ", owner_id=42)),
        "no_plate": attempt(Car(owner_id=1)),
        "explicit_id": attempt(Owner(id=10, email="c@x")),
        "duplicate_id": attempt(Owner(id=10, email="d@x")),
        "indexes": [
            list(r)
            for r in db.session.execute(
                db.text("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name")
            )
        ],
        "owners": [o.id for o in Owner.query.order_by(Owner.id)],
    }
