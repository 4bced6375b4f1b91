from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Kolba library</h1>"


@app.route("/about")
def about():
    return "A small library of Flask examples."


if __name__ == "__main__":
    app.run()
