from flask import Flask

app = Flask(__name__)


@app.route("/boom")
def boom():
    raise KeyError("missing")


@app.route("/")
def index():
    return "fine"
