from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        theme=request.cookies.get("theme"),
        missing=request.cookies.get("missing", "none"),
        all=request.cookies.to_dict(),
    )
