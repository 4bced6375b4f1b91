from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST", "PUT"])
def echo():
    return jsonify(
        data=request.data.decode(),
        text=request.get_data(as_text=True),
        length=request.content_length,
        content_type=request.content_type,
    )
