from flask import Flask, url_for

app = Flask(__name__)


@app.route("/list/", defaults={"page": 1})
@app.route("/list/<int:page>")
def listing(page):
    return ""


@app.route("/")
def index():
    return " ".join([url_for("listing"), url_for("listing", page=1), url_for("listing", page=2)])
