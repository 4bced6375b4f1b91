from flask import Flask, url_for

app = Flask(__name__)


@app.route("/user/<int:uid>")
def user(uid):
    return ""


@app.route("/")
def index():
    return " ".join([url_for("user", uid=3, _external=True), url_for("index", _external=True)])
