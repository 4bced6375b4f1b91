from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.String(30), unique=True, nullable=False)


with app.app_context():
    db.create_all()


@app.post("/tags")
def add():
    db.session.add(Tag(label=request.form["label"]))
    db.session.commit()
    return "added", 201


@app.post("/forgetful")
def forgetful():
    db.session.add(Tag(label=request.form["label"]))
    try:
        db.session.commit()
    except IntegrityError:
        pass
    try:
        return str(Tag.query.count())
    except Exception as e:
        return type(e).__name__, 500


@app.get("/tags")
def index():
    return ",".join(t.label for t in Tag.query.order_by(Tag.id))
