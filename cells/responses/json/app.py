from flask import Flask, jsonify

app = Flask(__name__)

BOOKS = [
    {"id": 1, "title": "Flask Web Development", "year": 2018},
    {"id": 2, "title": "Fluent Python", "year": 2022},
]


@app.route("/api/books")
def books():
    return jsonify(BOOKS)


@app.route("/api/books/<int:book_id>")
def book(book_id):
    for found in BOOKS:
        if found["id"] == book_id:
            return found
    return {"error": "no such book", "id": book_id}, 404


@app.route("/api/stats")
def stats():
    return jsonify(books=len(BOOKS), newest=2022)


if __name__ == "__main__":
    app.run()
