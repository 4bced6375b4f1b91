from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        q=request.args.get("q"),
        missing=request.args.get("missing"),
        default=request.args.get("missing", "fallback"),
        tags=request.args.getlist("tag"),
        first_tag=request.args["tag"] if "tag" in request.args else None,
        flat=request.args.to_dict(),
        lists=request.args.to_dict(flat=False),
    )
