from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    # The list comes back oldest book first, whatever order the rows were added in.
    books = db.relationship("Book", back_populates="author", order_by="Book.year")


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    year = db.Column(db.Integer)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")


with app.app_context():
    db.create_all()
    lem = Author(surname="Lem")
    austen = Author(surname="Austen")
    auezov = Author(surname="Auezov")
    db.session.add_all(
        [
            Book(title="Solaris", year=1961, author=lem),
            Book(title="Emma", year=1815, author=austen),
            Book(title="The Cyberiad", year=1965, author=lem),
            Book(title="The Path of Abai", year=1942, author=auezov),
            Book(title="Pride and Prejudice", year=1813, author=austen),
            Book(title="Eden", year=1959, author=lem),
        ]
    )
    db.session.commit()


def titles(statement):
    books = db.session.execute(statement).scalars().all()
    return jsonify([f"{book.title} ({book.year})" for book in books])


# Children of one parent, by the foreign key.
@app.get("/authors/<int:id>/books")
def books_of(id):
    return titles(db.select(Book).where(Book.author_id == id).order_by(Book.year))


# Children chosen by a column of their parent: JOIN the parent's table.
@app.get("/books/by/<surname>")
def books_by(surname):
    return titles(db.select(Book).join(Author).where(Author.surname == surname).order_by(Book.year.desc()))


# Parents chosen by a column of their children.
@app.get("/authors/after/<int:year>")
def authors_after(year):
    statement = db.select(Author).join(Book).where(Book.year > year).distinct().order_by(Author.surname)
    authors = db.session.execute(statement).scalars().all()
    return jsonify([author.surname for author in authors])


# Every book, sorted by two columns: the author's surname, then the year.
@app.get("/books")
def books():
    return titles(db.select(Book).join(Author).order_by(Author.surname, Book.year))


# The relationship's own order_by at work.
@app.get("/authors")
def authors():
    shelf = {}
    for author in db.session.execute(db.select(Author)).scalars():
        shelf[author.surname] = [book.title for book in author.books]
    return shelf


if __name__ == "__main__":
    app.run()
