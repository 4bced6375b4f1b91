from flask import Flask, abort

app = Flask(__name__)

BOOKS = {1: "Dune", 2: "Emma"}


@app.get("/")
def index():
    return "Welcome to the Kolba library"


@app.get("/books/<int:book_id>")
def book(book_id):
    if book_id not in BOOKS:
        abort(404)
    return {"id": book_id, "title": BOOKS[book_id]}


# Under pytest this does not run: the tests talk to the app through the test client.
if __name__ == "__main__":
    app.run()
