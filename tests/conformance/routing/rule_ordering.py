from flask import Flask

app = Flask(__name__)


@app.route("/user/<name>")
def by_name(name):
    return f"name {name}"


@app.route("/user/me")
def me():
    return "me"


@app.route("/user/<int:uid>")
def by_id(uid):
    return f"id {uid}"


@app.route("/<path:anything>")
def fallback(anything):
    return f"fallback {anything}"
