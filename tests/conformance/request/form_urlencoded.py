from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    return jsonify(
        name=request.form.get("name"),
        colors=request.form.getlist("color"),
        all=request.form.to_dict(flat=False),
        mimetype=request.mimetype,
        args=request.args.to_dict(),
    )
