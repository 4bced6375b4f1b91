from flask import Flask, g

app = Flask(__name__)


@app.before_request
def load_user():
    g.visits = getattr(g, "visits", 0) + 1
    g.user = "ada"


@app.route("/")
def index():
    return f"{g.user} {g.visits} {g.get('missing', 'none')} {'user' in g}"
