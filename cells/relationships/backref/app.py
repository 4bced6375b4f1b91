from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    # One line makes both directions: Author.books and Book.author.
    books = db.relationship("Book", backref="author")


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    # No relationship here: the backref adds `author`.


with app.app_context():
    db.create_all()
    abai = Author(surname="Auezov")
    db.session.add(Book(title="The Path of Abai", author=abai))
    db.session.add(Book(title="The Seasons"))
    db.session.commit()


@app.get("/")
def index():
    lines = [
        f"{book.title} by {book.author.surname}" if book.author else f"{book.title}: author unknown"
        for book in Book.query.order_by(Book.id).all()
    ]
    return jsonify(lines)


@app.get("/donelaitis")
def donelaitis():
    seasons = Book.query.filter_by(title="The Seasons").first()
    seasons.author = Author(surname="Donelaitis")
    db.session.commit()
    return jsonify([f"{book.title} by {book.author.surname}" for book in seasons.author.books])


if __name__ == "__main__":
    app.run()
