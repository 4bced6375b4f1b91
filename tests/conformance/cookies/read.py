from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/")
def index():
    return jsonify(
        theme=request.cookies.get("theme", "light"),
        count=request.cookies.get("count", 0, type=int),
        names=sorted(request.cookies.keys()),
    )
