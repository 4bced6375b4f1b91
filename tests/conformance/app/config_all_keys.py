from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/")
def keys():
    return jsonify(sorted(app.config.keys()))
