from flask import Flask, render_template
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    books = db.relationship("Book", back_populates="author")


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    year = db.Column(db.Integer)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")


with app.app_context():
    db.create_all()
    shelf = {
        "Lem": [("Eden", 1959), ("Solaris", 1961), ("The Invincible", 1964), ("The Cyberiad", 1965)],
        "Austen": [("Sense and Sensibility", 1811), ("Pride and Prejudice", 1813), ("Emma", 1815)],
        "Donelaitis": [("The Seasons", 1818)],
        "Auezov": [("The Path of Abai", 1942)],
    }
    for surname, books in shelf.items():
        author = Author(surname=surname)
        for title, year in books:
            author.books.append(Book(title=title, year=year))
        db.session.add(author)
    db.session.commit()


# db.paginate reads ?page=2 from the query string itself.
@app.get("/books")
def books():
    page = db.paginate(db.select(Book).order_by(Book.title), per_page=4)
    return render_template("books.html", page=page)


# No per_page here: ?per_page=3 chooses it, but never more than max_per_page.
@app.get("/api/books")
def api_books():
    page = db.paginate(db.select(Book).order_by(Book.year.desc()), max_per_page=5)
    return {
        "items": [book.title for book in page.items],
        "page": page.page,
        "pages": page.pages,
        "total": page.total,
        "has_next": page.has_next,
        "next_num": page.next_num,
        "iter_pages": list(page.iter_pages()),
    }


if __name__ == "__main__":
    app.run()
