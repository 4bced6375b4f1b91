from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    # The default cascade: deleting an author leaves the books, with no author.
    books = db.relationship("Book", back_populates="author")


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")
    # A review cannot live without its book: it goes when the book goes.
    reviews = db.relationship("Review", back_populates="book", cascade="all, delete-orphan")


class Review(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    book_id = db.Column(db.Integer, db.ForeignKey("book.id"), nullable=False)
    book = db.relationship("Book", back_populates="reviews")


with app.app_context():
    db.create_all()
    lem = Author(surname="Lem")
    solaris = Book(title="Solaris", author=lem)
    eden = Book(title="Eden", author=lem)
    solaris.reviews.append(Review(text="An ocean that thinks!"))
    solaris.reviews.append(Review(text="Slow, then unforgettable."))
    eden.reviews.append(Review(text="Strange and sad."))
    db.session.add_all([solaris, eden])
    db.session.commit()


def state():
    books = Book.query.order_by(Book.id).all()
    reviews = Review.query.order_by(Review.book_id, Review.id).all()
    return {
        "authors": Author.query.count(),
        "books": [[book.title, book.author_id] for book in books],
        "reviews": [[review.text, review.book_id] for review in reviews],
    }


@app.get("/")
def index():
    return state()


@app.post("/authors/<int:id>/delete")
def delete_author(id):
    db.session.delete(db.session.get(Author, id))
    db.session.commit()
    return state()


@app.post("/books/<int:id>/delete")
def delete_book(id):
    db.session.delete(db.session.get(Book, id))
    db.session.commit()
    return state()


if __name__ == "__main__":
    app.run()
