from flask import Flask, jsonify, request, url_for
from flask_sqlalchemy import SQLAlchemy
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    year = db.Column(db.Integer, nullable=False)

    # The representation: which columns a client sees, under which names.
    def to_dict(self):
        return {"id": self.id, "title": self.title, "year": self.year}


with app.app_context():
    db.create_all()
    db.session.add_all([Book(title="Solaris", year=1961), Book(title="Emma", year=1815)])
    db.session.commit()


@app.errorhandler(HTTPException)
def handle_http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.get("/api/books")
def list_books():
    books = db.session.execute(db.select(Book).order_by(Book.title)).scalars().all()
    return jsonify([b.to_dict() for b in books])


@app.post("/api/books")
def create_book():
    data = request.get_json(silent=True) or {}
    errors = {}
    if not isinstance(data.get("title"), str) or data["title"] == "":
        errors["title"] = "required"
    if not isinstance(data.get("year"), int) or isinstance(data["year"], bool):
        errors["year"] = "required, a whole number"
    if errors:
        return {"errors": errors}, 422
    book = Book(title=data["title"], year=data["year"])
    db.session.add(book)
    db.session.commit()
    return book.to_dict(), 201, {"Location": url_for("get_book", id=book.id)}


@app.get("/api/books/<int:id>")
def get_book(id):
    book = db.get_or_404(Book, id, description=f"There is no book number {id}.")
    return book.to_dict()


@app.patch("/api/books/<int:id>")
def update_book(id):
    book = db.get_or_404(Book, id)
    data = request.get_json(silent=True) or {}
    if "title" in data:
        book.title = data["title"]
    if "year" in data:
        book.year = data["year"]
    db.session.commit()
    return book.to_dict()


@app.delete("/api/books/<int:id>")
def delete_book(id):
    db.session.delete(db.get_or_404(Book, id))
    db.session.commit()
    return "", 204


if __name__ == "__main__":
    app.run()
