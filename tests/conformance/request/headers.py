from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        custom=request.headers.get("X-Custom"),
        lower=request.headers.get("x-custom"),
        missing=request.headers.get("X-Missing", "default"),
        accept=request.headers.get("Accept"),
        number=request.headers.get("X-Number", type=int),
        has=("X-Custom" in request.headers),
    )
