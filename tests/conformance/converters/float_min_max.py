from flask import Flask

app = Flask(__name__)


@app.route("/ratio/<float(min=0.5, max=10.0):r>")
def ratio(r):
    return f"ratio {r}"
