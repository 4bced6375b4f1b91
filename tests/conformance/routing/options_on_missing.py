from flask import Flask

app = Flask(__name__)


@app.route("/here", methods=["GET", "PUT"])
def here():
    return "here"
