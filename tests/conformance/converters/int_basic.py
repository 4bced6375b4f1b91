from flask import Flask

app = Flask(__name__)


@app.route("/n/<int:n>")
def show(n):
    return f"{n} {n + 1} {type(n).__name__}"
