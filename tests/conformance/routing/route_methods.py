from flask import Flask, request

app = Flask(__name__)


@app.route("/item", methods=["GET", "POST"])
def item():
    return f"{request.method} item"
