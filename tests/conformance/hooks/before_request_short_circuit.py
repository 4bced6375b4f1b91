from flask import Flask, request

app = Flask(__name__)


@app.before_request
def guard():
    if request.path.startswith("/admin") and request.args.get("key") != "open":
        return "blocked by before_request", 403


@app.route("/admin")
def admin():
    return "admin area"


@app.route("/")
def index():
    return "public"
