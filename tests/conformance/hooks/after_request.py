from flask import Flask

app = Flask(__name__)


@app.after_request
def add_header(response):
    response.headers["X-Processed"] = "yes"
    return response


@app.after_request
def wrap(response):
    response.headers["X-Order"] = response.headers.get("X-Order", "") + "wrap,"
    return response


@app.route("/")
def index():
    return "body"
