from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    available = db.Column(db.Boolean, nullable=False, default=True)


# Create: new objects, added to the session, written by one commit.
with app.app_context():
    db.create_all()
    db.session.add_all([Book(title="Solaris"), Book(title="Emma"), Book(title="Dune")])
    db.session.commit()


def shelf(book):
    return f"{book.id}. {book.title} ({'on the shelf' if book.available else 'lent out'})"


# Read: every row, or one row by its primary key.
@app.get("/books")
def list_books():
    books = db.session.execute(db.select(Book).order_by(Book.id)).scalars().all()
    return "\n".join(shelf(book) for book in books)


@app.get("/books/<int:id>")
def show_book(id):
    book = db.session.get(Book, id)
    if book is None:
        return f"No book number {id}.", 404
    return shelf(book)


# Update: change an attribute, then commit.
@app.post("/books/<int:id>/lend")
def lend_book(id):
    book = db.get_or_404(Book, id)
    book.available = False
    db.session.commit()
    return f"Lent out {book.title}."


# Delete: hand the object to session.delete, then commit.
@app.post("/books/<int:id>/delete")
def delete_book(id):
    book = db.get_or_404(Book, id)
    db.session.delete(book)
    db.session.commit()
    return f"Deleted {book.title}."


if __name__ == "__main__":
    app.run()
