from flask import Flask, abort

app = Flask(__name__)


def teapot(e):
    return f"registered handler: {e.code}", 418


app.register_error_handler(418, teapot)


@app.route("/")
def index():
    abort(418)
