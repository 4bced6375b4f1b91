from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/set")
def set_value():
    session["a"] = 1
    session["b"] = 2
    return "set"


@app.route("/clear")
def clear():
    session.clear()
    return "cleared"


@app.route("/keys")
def keys():
    return ",".join(sorted(session.keys()))
