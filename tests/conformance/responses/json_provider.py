from flask import Flask, jsonify

app = Flask(__name__)
app.json.sort_keys = False
app.json.ensure_ascii = False


@app.route("/")
def index():
    return jsonify(zeta=1, alpha="ąčę", mid=[3, 2, 1])


@app.route("/compact")
def compact():
    app.json.compact = False
    try:
        return jsonify(b=1, a={"x": [1, 2]})
    finally:
        app.json.compact = None
