from flask import Flask

app = Flask(__name__)


@app.route("/res", methods=["GET"])
def show():
    return "show"


@app.route("/res", methods=["PUT", "PATCH"])
def update():
    return "update"
