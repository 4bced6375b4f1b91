from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        page=request.args.get("page", 1, type=int),
        ratio=request.args.get("ratio", 1.5, type=float),
        bad=request.args.get("bad", -1, type=int),
        ids=request.args.getlist("id", type=int),
        upper=request.args.get("name", type=str.upper),
    )
