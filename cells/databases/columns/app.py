from datetime import datetime, timezone

from flask import Flask, render_template_string, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    isbn = db.Column(db.String(13), unique=True, nullable=False)
    title = db.Column(db.String(200), nullable=False)
    summary = db.Column(db.Text)
    available = db.Column(db.Boolean, default=True)
    fee = db.Column(db.Float, default=0.5)
    added = db.Column(db.DateTime, default=lambda: datetime.now(timezone.utc))


with app.app_context():
    db.create_all()
    db.session.add(
        Book(
            isbn="9780156027328",
            title="Solaris",
            summary="A planet that is one living ocean.",
            fee=1.25,
            added=datetime(2024, 5, 1, 9, 30),
        )
    )
    db.session.commit()

CARD = """{{ book.title }} (ISBN {{ book.isbn }})
summary: {{ book.summary }}
available: {{ book.available }}, daily fee: {{ book.fee }}
added: {{ book.added }}"""


@app.get("/books/<int:id>")
def show_book(id):
    return render_template_string(CARD, book=db.get_or_404(Book, id))


@app.post("/books")
def add_book():
    book = Book(isbn=request.form["isbn"], title=request.form["title"])
    # The defaults are filled in by the INSERT, so before it they are still empty.
    before = [book.summary, book.available, book.fee]
    db.session.add(book)
    db.session.commit()
    after = [book.summary, book.available, book.fee]
    return render_template_string(
        "before: {{ before }}\nafter: {{ after }}\nadded is set: {{ added }}",
        before=before,
        after=after,
        added=book.added is not None,
    ), 201


if __name__ == "__main__":
    app.run()
