from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/")
def show():
    before = app.debug
    app.debug = True
    after = app.config["DEBUG"]
    app.debug = False
    return jsonify(before=before, after=after, now=app.debug)
