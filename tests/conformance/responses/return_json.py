from flask import Flask

app = Flask(__name__)


@app.route("/dict")
def as_dict():
    return {"name": "Kolba", "langs": ["en", "lt", "kk"], "nested": {"b": 2, "a": 1}, "none": None}


@app.route("/list")
def as_list():
    return [1, "two", {"three": 3.5}, True]


@app.route("/dict-status")
def dict_status():
    return {"error": "nope"}, 400


@app.route("/unicode")
def unicode():
    return {"text": "Labas, pasauli! Сәлем"}
