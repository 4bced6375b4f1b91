from flask import Flask, abort, jsonify

app = Flask(__name__)

# Two resources live here: the collection /api/books and each book in it.
BOOKS = [
    {
        "id": 1,
        "title": "Solaris",
        "year": 1961,
        "author": {"name": "Stanisław Lem", "country": "Poland"},
        "tags": ["science fiction", "classic"],
    },
    {
        "id": 2,
        "title": "Emma",
        "year": 1815,
        "author": {"name": "Jane Austen", "country": "England"},
        "tags": ["novel"],
    },
]


def find_book(id):
    return next((b for b in BOOKS if b["id"] == id), None)


@app.get("/api/books")
def list_books():
    # A list of objects, each with an object and a list inside: jsonify takes it all.
    return jsonify(BOOKS)


@app.get("/api/books/<int:id>")
def get_book(id):
    book = find_book(id)
    if book is None:
        abort(404)
    # A plain dict is JSON by itself.
    return book


@app.get("/api/books/<int:id>/author")
def get_author(id):
    book = find_book(id) or abort(404)
    return book["author"]


if __name__ == "__main__":
    app.run()
