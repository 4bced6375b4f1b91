from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    return jsonify(
        json=request.json,
        is_json=request.is_json,
        mimetype=request.mimetype,
    )
