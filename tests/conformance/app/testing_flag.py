from flask import Flask, jsonify

app = Flask(__name__)
app.testing = True


@app.route("/")
def show():
    return jsonify(attr=app.testing, config=app.config["TESTING"])
