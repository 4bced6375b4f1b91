from flask import Flask

app = Flask(__name__)


def index():
    return "<h1>Kolba library</h1>"


def about():
    return "A small library of Flask examples."


app.add_url_rule("/", "index", index)
app.add_url_rule("/about", "about", about)


if __name__ == "__main__":
    app.run()
