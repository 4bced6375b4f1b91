from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    return jsonify(
        mimetype=request.mimetype,
        params=request.mimetype_params,
        content_type=request.content_type,
        content_length=request.content_length,
        is_json=request.is_json,
    )
