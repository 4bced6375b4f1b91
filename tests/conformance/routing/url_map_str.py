from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return str(app.url_map)


@app.route("/user/<int:uid>", methods=["GET", "POST"])
def user(uid):
    return ""


@app.route("/files/<path:name>")
def files(name):
    return ""
