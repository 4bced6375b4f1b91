from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    return jsonify(
        silent=request.get_json(silent=True),
        forced=request.get_json(force=True, silent=True),
        is_json=request.is_json,
    )
