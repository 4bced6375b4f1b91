from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return '<h1>Kolba library</h1><p><a href="/about">About the library</a></p>'


@app.route("/about")
def about():
    page = "<h1>About</h1>"
    page += "<p>Kolba library lends books to everyone in town, for free.</p>"
    return page


@app.route("/hours")
def hours():
    return "<h1>Opening hours</h1><p>Monday to Friday, 10:00 to 18:00.</p>"


if __name__ == "__main__":
    app.run(debug=True)
