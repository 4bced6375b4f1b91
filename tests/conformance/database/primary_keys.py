from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Country(db.Model):
    code = db.Column(db.String(2), primary_key=True)
    title = db.Column(db.String(40))


class Seat(db.Model):
    row = db.Column(db.Integer, primary_key=True)
    letter = db.Column(db.String(1), primary_key=True)
    taken = db.Column(db.Boolean, default=False)


with app.app_context():
    db.create_all()
    db.session.add_all([Country(code="LT", title="Lithuania"), Country(code="KZ", title="Kazakhstan")])
    db.session.add_all([Seat(row=1, letter="A"), Seat(row=1, letter="B", taken=True), Seat(row=2, letter="A")])
    db.session.commit()


@app.get("/countries/<code>")
def country(code):
    c = db.get_or_404(Country, code)
    return f"{c!r} {c.title}"


@app.get("/seats/<int:row>/<letter>")
def seat(row, letter):
    s = db.session.get(Seat, (row, letter))
    if s is None:
        return "no such seat", 404
    return {"repr": repr(s), "taken": s.taken}


@app.get("/seats")
def seats():
    return [repr(s) for s in Seat.query.order_by(Seat.row, Seat.letter.desc())]
