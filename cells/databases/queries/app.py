from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author = db.Column(db.String(80), nullable=False)
    year = db.Column(db.Integer)


with app.app_context():
    db.create_all()
    db.session.add_all(
        [
            Book(title="Solaris", author="Lem", year=1961),
            Book(title="The Cyberiad", author="Lem", year=1965),
            Book(title="Eden", author="Lem", year=1959),
            Book(title="Emma", author="Austen", year=1815),
            Book(title="Persuasion", author="Austen", year=1817),
            Book(title="Dune", author="Herbert", year=1965),
        ]
    )
    db.session.commit()


def titles(books):
    return [book.title for book in books]


# Today's way: build a statement with db.select, run it with db.session.execute.
@app.get("/today")
def today():
    author = request.args.get("author", "Lem")
    by_author = (
        db.session.execute(db.select(Book).filter_by(author=author).order_by(Book.year))
        .scalars()
        .all()
    )
    recent = (
        db.session.execute(db.select(Book).where(Book.year > 1960).order_by(Book.title))
        .scalars()
        .all()
    )
    oldest = db.session.execute(db.select(Book).order_by(Book.year)).scalars().first()
    count = db.session.execute(db.select(db.func.count()).select_from(Book)).scalar()
    return {
        "by_author": titles(by_author),
        "after_1960": titles(recent),
        "oldest": oldest.title if oldest else None,
        "count": count,
    }


# The older way you will meet in tutorials: Model.query.
@app.get("/legacy")
def legacy():
    author = request.args.get("author", "Lem")
    by_author = Book.query.filter_by(author=author).order_by(Book.year).all()
    recent = Book.query.filter(Book.year > 1960).order_by(Book.title).all()
    oldest = Book.query.order_by(Book.year).first()
    count = Book.query.count()
    return {
        "by_author": titles(by_author),
        "after_1960": titles(recent),
        "oldest": oldest.title if oldest else None,
        "count": count,
    }


if __name__ == "__main__":
    app.run()
