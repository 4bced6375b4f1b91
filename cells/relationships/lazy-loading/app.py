from flask import Flask
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
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"))
    author = db.relationship("Author", back_populates="books")


with app.app_context():
    db.create_all()
    shelf = {
        "Lem": ["Eden", "Solaris", "The Cyberiad"],
        "Austen": ["Emma", "Persuasion"],
        "Donelaitis": ["The Seasons"],
        "Auezov": ["The Path of Abai"],
    }
    for surname, titles in shelf.items():
        author = Author(surname=surname)
        for title in titles:
            author.books.append(Book(title=title))
        db.session.add(author)
    db.session.commit()
    print("=== setup done: the lines below are what each request sends")


@app.get("/authors/<int:id>")
def author(id):
    author = db.session.get(Author, id)
    print(f"=== loaded {author.surname}; now reading author.books")
    titles = [book.title for book in author.books]
    print("=== reading author.books a second time")
    count = len(author.books)
    print("=== done")
    return {"surname": author.surname, "titles": titles, "count": count}


@app.get("/")
def index():
    counts = {}
    for author in Author.query.all():
        print(f"=== counting the books of {author.surname}")
        counts[author.surname] = len(author.books)
    return counts


if __name__ == "__main__":
    app.run()
