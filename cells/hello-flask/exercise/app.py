from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "Kolba library"


@app.route("/about")
def about():
    page = "<h1>About</h1>"
    page += "<p>Kolba library lends books to everyone in town, for free.</p>"


if __name__ == "__main__":
    app.run()
