from flask import Flask

app = Flask(__name__)


@app.route("/projects/")
def projects():
    return "All projects"


@app.route("/about")
def about():
    return "A small library of Flask examples."


if __name__ == "__main__":
    app.run()
