from flask import Flask, url_for

app = Flask(__name__)


@app.route("/")
def index():
    return f'<a href="{url_for("about")}">About the library</a>'


@app.route("/about-us")
def about():
    return f'<a href="{url_for("index")}">Back to the start</a>'


if __name__ == "__main__":
    app.run()
