from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Movie(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(80), unique=True, nullable=False)
    year = db.Column(db.Integer)
    watched = db.Column(db.Boolean, default=False)

    def to_dict(self):
        return {"id": self.id, "title": self.title, "year": self.year, "watched": self.watched}


with app.app_context():
    db.create_all()


@app.get("/api/movies")
def movies():
    query = Movie.query
    if "watched" in request.args:
        query = query.filter_by(watched=request.args["watched"] == "1")
    return jsonify([m.to_dict() for m in query.order_by(Movie.year, Movie.title)])


@app.post("/api/movies")
def create():
    data = request.get_json()
    if not data or "title" not in data:
        return {"error": "title is required"}, 400
    movie = Movie(title=data["title"], year=data.get("year"))
    db.session.add(movie)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return {"error": f"{data['title']} is already listed"}, 409
    return movie.to_dict(), 201


@app.patch("/api/movies/<int:id>")
def update(id):
    movie = db.get_or_404(Movie, id)
    for key in ("title", "year", "watched"):
        if key in request.json:
            setattr(movie, key, request.json[key])
    db.session.commit()
    return movie.to_dict()


@app.delete("/api/movies/<int:id>")
def delete(id):
    db.session.delete(db.get_or_404(Movie, id))
    db.session.commit()
    return "", 204


@app.errorhandler(404)
def not_found(e):
    return {"error": "not found"}, 404
