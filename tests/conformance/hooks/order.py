from flask import Flask, g

app = Flask(__name__)


@app.before_request
def first():
    g.trace = ["before1"]


@app.before_request
def second():
    g.trace.append("before2")


@app.after_request
def after1(response):
    response.headers["X-Trace"] = ",".join(g.trace + ["after1"])
    return response


@app.after_request
def after2(response):
    g.trace.append("after2")
    return response


@app.route("/")
def index():
    g.trace.append("view")
    return "ok"
