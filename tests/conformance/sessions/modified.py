from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/init")
def init():
    session["basket"] = []
    return "init"


@app.route("/append-silently/<item>")
def append_silently(item):
    session["basket"].append(item)
    return f"modified={session.modified}"


@app.route("/append/<item>")
def append(item):
    session["basket"].append(item)
    session.modified = True
    return f"modified={session.modified}"


@app.route("/basket")
def basket():
    return ",".join(session.get("basket", []))
