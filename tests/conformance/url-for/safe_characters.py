from flask import Flask, url_for

app = Flask(__name__)


@app.route("/page/<name>")
def page(name):
    return ""


@app.route("/")
def index():
    return " ".join([url_for("index", u="ą/ė?:@"), url_for("page", name="a&b=c+d$e")])
