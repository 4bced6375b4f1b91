from flask import Flask, url_for

app = Flask(__name__)


@app.route("/page/<name>")
def page(name):
    return ""


@app.route("/file/<path:p>")
def file(p):
    return ""


@app.route("/")
def index():
    return " ".join([url_for("page", name="a/b c"), url_for("page", name="ą?#"), url_for("file", p="dir/a b/c.txt")])
