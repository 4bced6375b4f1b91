from flask import Flask, abort

app = Flask(__name__)
LOG = []


@app.teardown_request
def record(exc):
    LOG.append(repr(exc))


@app.errorhandler(ZeroDivisionError)
def handle(e):
    return "handled", 500


@app.route("/div")
def div():
    return str(1 / 0)


@app.route("/nf")
def nf():
    abort(404)


@app.route("/log")
def log():
    return " | ".join(LOG)
