from flask import Flask, request

app = Flask(__name__)


@app.route("/echo", methods=["GET", "POST"])
def echo():
    return f"method={request.method}"
