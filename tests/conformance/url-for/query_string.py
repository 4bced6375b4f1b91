from flask import Flask, url_for

app = Flask(__name__)


@app.route("/user/<int:uid>")
def user(uid):
    return ""


@app.route("/")
def index():
    return " ".join([url_for("user", uid=1, q="a b&c", page=2), url_for("index", tag=["x", "y"]), url_for("index", empty="", n=None)])
