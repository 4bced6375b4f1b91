from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


# The parent: one author…
class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    books = db.relationship("Book", back_populates="author")


# …and the children: many books, each pointing at its author.
class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")


with app.app_context():
    db.create_all()
    lem = Author(surname="Lem")
    austen = Author(surname="Austen")
    db.session.add_all(
        [
            Book(title="Solaris", author=lem),
            Book(title="Eden", author=lem),
            Book(title="Emma", author=austen),
        ]
    )
    db.session.commit()


@app.get("/")
def index():
    shelf = {}
    for author in Author.query.order_by(Author.id).all():
        shelf[author.surname] = [book.title for book in author.books]
    return shelf


@app.get("/books")
def books():
    lines = [
        f"{book.title} by {book.author.surname} (author_id={book.author_id})"
        for book in Book.query.order_by(Book.id).all()
    ]
    return jsonify(lines)


@app.post("/authors/<int:id>/books")
def add_book(id):
    author = db.session.get(Author, id)
    book = Book(title=request.form["title"])
    author.books.append(book)
    db.session.commit()
    return {"title": book.title, "author": book.author.surname, "author_id": book.author_id}, 201


if __name__ == "__main__":
    app.run()
