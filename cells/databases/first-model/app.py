from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
# Which database, and where: here an SQLite database that lives in memory.
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
# Print every SQL statement and its parameters to the console.
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


# A model: the class is the table, each column a class attribute.
class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author = db.Column(db.String(80), nullable=False)


# Create the tables once, at start, inside an application context.
with app.app_context():
    db.create_all()


@app.get("/books")
def list_books():
    books = db.session.execute(db.select(Book).order_by(Book.id)).scalars().all()
    if not books:
        return "No books yet."
    return "\n".join(f"{book.id}. {book.title} by {book.author}" for book in books)


@app.post("/books")
def add_book():
    book = Book(title=request.form["title"], author=request.form["author"])
    db.session.add(book)
    db.session.commit()
    return f"Saved {book} with id {book.id}", 201


if __name__ == "__main__":
    app.run()
