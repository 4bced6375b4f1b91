from flask import Flask

app = Flask(__name__)


@app.route("/old/<int:n>", redirect_to="/new/<n>")
def old(n):
    return "never"


@app.route("/new/<int:n>")
def new(n):
    return f"new {n}"
