from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def index():
    return render_template("filters.html", word="KolBa", items=["x", "y", "z"])
