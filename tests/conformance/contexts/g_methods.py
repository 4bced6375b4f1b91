from flask import Flask, g, jsonify

app = Flask(__name__)


@app.route("/")
def index():
    g.a = 1
    first = g.setdefault("b", 2)
    second = g.setdefault("b", 3)
    popped = g.pop("a")
    default = g.pop("a", "gone")
    return jsonify(first=first, second=second, popped=popped, default=default, has_a="a" in g, names=sorted(g))
