from flask import Flask

app = Flask(__name__)


@app.route("/projects/")
def projects():
    return "projects"


@app.route("/about")
def about():
    return "about"


@app.route("/loose", strict_slashes=False)
def loose():
    return "loose"
