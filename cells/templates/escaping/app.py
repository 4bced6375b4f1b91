from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)

reviews = [
    {"author": "Ona", "text": "Read it twice & cried both times."},
    {"author": "Mallory", "text": '<script>alert("Your cookies are mine")</script>'},
]


@app.route("/reviews")
def show_reviews():
    notice = Markup("Please be <strong>kind</strong>.")
    return render_template("reviews.html", reviews=reviews, notice=notice)


@app.route("/reviews/unsafe")
def unsafe_reviews():
    return render_template("unsafe.html", reviews=reviews)


if __name__ == "__main__":
    app.run()
