from flask import Flask, render_template
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    surname = db.Column(db.String(50), nullable=False)
    books = db.relationship("Book", back_populates="author", order_by="Book.year")


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False, unique=True)
    year = db.Column(db.Integer)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")


with app.app_context():
    db.create_all()
    lem = Author(surname="Lem")
    db.session.add_all(
        [
            Book(title="Solaris", year=1961, author=lem),
            Book(title="Eden", year=1959, author=lem),
            Book(title="Emma", year=1815, author=Author(surname="Austen")),
        ]
    )
    db.session.commit()


# One object by its primary key, or 404 Not Found.
@app.get("/authors/<int:id>")
def author(id):
    return render_template("author.html", author=db.get_or_404(Author, id))


@app.get("/books/<int:id>")
def book(id):
    book = db.get_or_404(Book, id, description=f"There is no book number {id}.")
    return render_template("book.html", book=book)


# The first row a query finds, or 404 Not Found.
@app.get("/find/<title>")
def find(title):
    book = db.first_or_404(db.select(Book).filter_by(title=title))
    return render_template("book.html", book=book)


# The legacy query API has the same helpers.
@app.get("/legacy/books/<int:id>")
def legacy_book(id):
    return render_template("book.html", book=Book.query.get_or_404(id))


@app.errorhandler(404)
def not_found(error):
    return f"<h1>Not here</h1><p>{error.description}</p>", 404


if __name__ == "__main__":
    app.run()
