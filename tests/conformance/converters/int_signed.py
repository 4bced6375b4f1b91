from flask import Flask

app = Flask(__name__)


@app.route("/delta/<int(signed=True):d>")
def show(d):
    return f"delta {d}"
