from flask import Flask, abort, render_template

app = Flask(__name__)

books = [
    {"id": 1, "title": "Solaris"},
    {"id": 2, "title": "Dune"},
]


@app.route("/")
def index():
    return render_template("index.html", books=books)


@app.route("/books/<int:id>")
def book(id):
    found = next((b for b in books if b["id"] == id), None)
    if found is None:
        abort(404)
    return render_template("book.html", book=found)


if __name__ == "__main__":
    app.run()
