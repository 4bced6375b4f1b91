from flask import Flask, abort, render_template

app = Flask(__name__)

shelves = {
    "classics": [
        {"title": "Anna Karenina", "available": True},
        {"title": "Moby-Dick", "available": False},
        {"title": "Don Quixote", "available": True},
    ],
    "poetry": [],
}


@app.route("/shelf/<name>")
def shelf(name):
    if name not in shelves:
        abort(404)
    return render_template("shelf.html", name=name, books=shelves[name])


if __name__ == "__main__":
    app.run()
