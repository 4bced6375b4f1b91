from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    pen_name = db.Column(db.String(50), unique=True, nullable=False)
    books = db.relationship("Book", backref="author", lazy=True)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"), nullable=False)


with app.app_context():
    db.create_all()
    lem = Author(pen_name="Lem")
    db.session.add(lem)
    db.session.add(Book(title="Solaris", author=lem))
    db.session.add(Book(title="Eden", author=lem))
    db.session.add(Author(pen_name="Austen"))
    db.session.commit()


@app.get("/authors/<int:id>")
def author(id):
    a = db.get_or_404(Author, id)
    return {"pen_name": a.pen_name, "books": [b.title for b in a.books], "count": len(a.books)}


@app.get("/books/<int:id>")
def book(id):
    b = db.get_or_404(Book, id)
    return f"{b.title} by {b.author.pen_name} ({b.author!r}, author_id={b.author_id})"


@app.post("/authors/<int:id>/books")
def add_book(id):
    a = db.get_or_404(Author, id)
    book = Book(title=request.form["title"])
    a.books.append(book)
    db.session.commit()
    return f"{book!r} for {book.author.pen_name}", 201


@app.post("/books/<int:id>/move/<int:to>")
def move(id, to):
    b = db.get_or_404(Book, id)
    b.author = db.get_or_404(Author, to)
    db.session.commit()
    return f"{b.title} now by {b.author.pen_name}"


@app.get("/books")
def books():
    return ", ".join(f"{b.title}/{b.author.pen_name}" for b in Book.query.order_by(Book.title))
