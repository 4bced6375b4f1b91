from flask import Flask, json, jsonify

app = Flask(__name__)

SMALL = [1.5e-05, 1e-05, 0.0001, 0.00012, -2.5e-07, 3.14e-100]
PLAIN = [0.1, 123.456, -0.5, 1234567.125, 0.30000000000000004]


@app.route("/jsonify")
def small():
    return jsonify(small=SMALL, plain=PLAIN, one=1.5e-05)


@app.route("/dumps")
def dumps():
    return json.dumps({"x": 1.5e-05, "y": [0.0001, 9.99e-05]})


@app.route("/pretty")
def pretty():
    app.json.compact = False
    try:
        return jsonify(x=1.5e-05, y=[2.5e-06])
    finally:
        app.json.compact = None

