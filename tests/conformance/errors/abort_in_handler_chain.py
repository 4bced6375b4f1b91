from flask import Flask, abort

app = Flask(__name__)


class Gone(Exception):
    pass


@app.errorhandler(Gone)
def gone(e):
    abort(410)


@app.route("/")
def index():
    raise Gone()
