from flask import Flask, Response, abort, jsonify

app = Flask(__name__)


@app.route("/custom")
def custom():
    abort(Response("custom refusal", status=418, headers={"X-Why": "teapot"}))


@app.route("/json")
def json_abort():
    abort(jsonify(error="bad input"), 400)
