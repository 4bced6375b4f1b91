from flask import Flask, url_for

app = Flask(__name__)


@app.route("/user/<name>")
def user(name):
    return ""


with app.test_request_context():
    BUILT = url_for("user", name="ada", _external=True)


@app.route("/")
def index():
    return BUILT
