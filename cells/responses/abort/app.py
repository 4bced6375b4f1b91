from flask import Flask, abort, request

app = Flask(__name__)

BOOKS = {1: "Flask Web Development", 2: "Fluent Python"}


@app.route("/books/<int:book_id>")
def book(book_id):
    if book_id not in BOOKS:
        abort(404)
    return f"<h1>{BOOKS[book_id]}</h1>"


@app.route("/search")
def search():
    words = request.args.get("q", "").strip()
    if not words:
        abort(400, "Add what you are looking for: /search?q=flask")
    return f"Searching for {len(words)} characters of text."


@app.route("/admin")
def admin():
    abort(403)


if __name__ == "__main__":
    app.run()
