from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Hit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    path = db.Column(db.String(80))
    status = db.Column(db.Integer)


with app.app_context():
    db.create_all()


@app.after_request
def record(response):
    db.session.add(Hit(path=request.path, status=response.status_code))
    db.session.commit()
    return response


@app.get("/")
def index():
    return "home"


@app.get("/stats")
def stats():
    rows = db.session.execute(
        db.select(Hit.path, db.func.count(Hit.id).label("n")).group_by(Hit.path).order_by(Hit.path)
    ).all()
    return {"paths": {r.path: r.n for r in rows}, "errors": Hit.query.filter(Hit.status >= 400).count()}
