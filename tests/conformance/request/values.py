from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["GET", "POST"])
def echo():
    return jsonify(
        a=request.values.get("a"),
        both=request.values.getlist("x"),
        keys=sorted(request.values.keys()),
    )
