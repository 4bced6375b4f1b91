from flask import Flask, make_response

app = Flask(__name__)


@app.route("/plain")
def plain():
    response = make_response("plain")
    response.headers["X-Made"] = "yes"
    return response


@app.route("/tuple")
def as_tuple():
    return make_response(("from tuple", 202))


@app.route("/args")
def args():
    return make_response("with args", 203, {"X-Made": "args"})


@app.route("/dict")
def as_dict():
    response = make_response({"made": True})
    response.status_code = 201
    return response


@app.route("/empty")
def empty():
    return make_response()
