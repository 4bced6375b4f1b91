from flask import Flask

app = Flask(__name__)


@app.route("/t/<float(signed=True):t>")
def show(t):
    return f"t={t}"
