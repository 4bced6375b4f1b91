from flask import Flask, render_template

app = Flask(__name__)

books = [
    {"title": "Solaris", "author": "Stanisław Lem", "year": 1961},
    {"title": "Dune", "author": "Frank Herbert", "year": 1965},
]
pick = {"title": "Momo", "author": "Michael Ende", "year": 1973}


@app.route("/catalog")
def catalog():
    return render_template("catalog.html", books=books, pick=pick)


if __name__ == "__main__":
    app.run()
