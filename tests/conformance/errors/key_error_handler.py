from flask import Flask, request
from werkzeug.exceptions import BadRequest

app = Flask(__name__)


@app.errorhandler(KeyError)
def missing_key(e):
    return f"{type(e).__name__}: {e.args[0]} (bad request: {isinstance(e, BadRequest)})", 400


@app.route("/form", methods=["POST"])
def form():
    return request.form["name"]


@app.route("/dict")
def plain_dict():
    prices = {"tea": 2}
    return str(prices["coffee"])
