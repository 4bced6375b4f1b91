from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author = db.Column(db.String(100))
    year = db.Column(db.Integer)
    rating = db.Column(db.Float)


with app.app_context():
    db.create_all()
    db.session.add_all(
        [
            Book(title="Dune", author="Herbert", year=1965, rating=4.5),
            Book(title="Emma", author="Austen", year=1815, rating=3.75),
            Book(title="Persuasion", author="Austen", year=1817),
            Book(title="Solaris", author="Lem", year=1961, rating=4.25),
            Book(title="Anonymous notes", year=2001, rating=2.5),
        ]
    )
    db.session.commit()


def titles(query):
    return ", ".join(b.title for b in query)


@app.get("/by-author/<author>")
def by_author(author):
    return titles(Book.query.filter_by(author=author).order_by(Book.year))


@app.get("/operators")
def operators():
    return {
        "eq": titles(Book.query.filter(Book.year == 1961)),
        "ne": titles(Book.query.filter(Book.author != "Austen").order_by(Book.id)),
        "lt": titles(Book.query.filter(Book.year < 1900)),
        "le": titles(Book.query.filter(Book.year <= 1961).order_by(Book.year)),
        "gt": titles(Book.query.filter(Book.rating > 4)),
        "ge": titles(Book.query.filter(Book.rating >= 3.75).order_by(Book.rating.desc())),
        "like": titles(Book.query.filter(Book.title.like("%s%")).order_by(Book.title)),
        "ilike": titles(Book.query.filter(Book.title.ilike("d%"))),
        "in": titles(Book.query.filter(Book.author.in_(["Lem", "Herbert"])).order_by(Book.title)),
        "not_in": titles(Book.query.filter(Book.id.not_in([1, 2, 3]))),
        "is_none": titles(Book.query.filter(Book.author.is_(None))),
        "is_not_none": str(Book.query.filter(Book.rating.is_not(None)).count()),
        "eq_none": titles(Book.query.filter(Book.rating == None)),  # noqa: E711
        "and": titles(Book.query.filter(Book.author == "Austen", Book.year > 1816)),
        "or": titles(Book.query.filter(db.or_(Book.year < 1900, Book.rating > 4.4)).order_by(Book.id)),
        "not": titles(Book.query.filter(db.not_(Book.author == "Austen")).order_by(Book.id)),
        "between": titles(Book.query.filter(Book.year.between(1900, 1970)).order_by(Book.year)),
        "startswith": titles(Book.query.filter(Book.title.startswith("P"))),
        "contains": titles(Book.query.filter(Book.title.contains("ar"))),
    }


@app.get("/search")
def search():
    q = request.args.get("q", "")
    found = Book.query.filter(Book.title.ilike(f"%{q}%")).order_by(Book.title).all()
    return {"q": q, "count": len(found), "titles": [b.title for b in found]}
