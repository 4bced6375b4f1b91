from flask import Flask, render_template, request

app = Flask(__name__)

books = [
    {"title": "Solaris", "author": "Stanisław Lem", "rating": 5},
    {"title": "Dune", "author": "Frank Herbert", "rating": 4},
    {"title": "Momo", "author": "Michael Ende", "rating": 3},
]


@app.template_filter()
def stars(rating):
    return "★" * rating + "☆" * (5 - rating)


@app.route("/books")
def book_list():
    q = request.args.get("q", "")
    found = [b for b in books if q.lower() in b["title"].lower()]
    return render_template("books.html", books=found, q=q)


if __name__ == "__main__":
    app.run()
