from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.errorhandler(405)
def not_allowed(e):
    response = make_response(jsonify(error="method", allowed=sorted(e.valid_methods)), 405)
    response.headers["X-Handled"] = "405"
    return response


@app.route("/only-get")
def only_get():
    return "get"
