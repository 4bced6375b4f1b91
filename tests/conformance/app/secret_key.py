from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/")
def show():
    before = app.secret_key
    app.secret_key = "s3cret"
    return jsonify(before=before, attr=app.secret_key, config=app.config["SECRET_KEY"])
