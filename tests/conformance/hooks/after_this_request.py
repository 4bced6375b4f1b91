from flask import Flask, after_this_request

app = Flask(__name__)


@app.route("/")
def index():
    @after_this_request
    def add_cookie(response):
        response.headers["X-Once"] = "1"
        return response

    return "with callback"


@app.route("/plain")
def plain():
    return "plain"
