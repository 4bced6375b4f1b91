from flask import Flask, request

app = Flask(__name__)


@app.route("/")
def index():
    return ",".join(f"{k}={v}" for k, v in sorted(request.cookies.items()))
