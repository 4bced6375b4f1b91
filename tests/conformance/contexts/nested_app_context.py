from flask import Flask, g

app = Flask(__name__)


@app.route("/")
def index():
    g.level = "request"
    with app.app_context():
        inner = g.get("level", "fresh g")
        g.level = "inner"
    return f"{inner} {g.level}"
