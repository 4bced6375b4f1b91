from flask import Flask, render_template_string
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Person(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    first = db.Column(db.String(30))
    last = db.Column(db.String(30))

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def greet(self, other):
        return f"{self.first} greets {other.first}"

    def __repr__(self):
        return f"<Person {self.first!r}>"


class Pet(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nick = db.Column(db.String(30))


with app.app_context():
    db.create_all()
    db.session.add_all([Person(first="Ada", last="Lovelace"), Person(first="Alan", last="Turing"), Pet(nick="Rex")])
    db.session.commit()


@app.get("/")
def index():
    ada, alan = Person.query.order_by(Person.id).all()
    return render_template_string(
        "{{ people }} {{ people[0].full }} | {{ pets }} | {{ line }}",
        people=[ada, alan],
        pets=Pet.query.all(),
        line=ada.greet(alan),
    )


@app.get("/repr")
def reprs():
    return {"people": repr(Person.query.all()), "pet": repr(db.session.get(Pet, 1)), "str": str(db.session.get(Pet, 1))}
