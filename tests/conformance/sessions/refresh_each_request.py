from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/start")
def start():
    session.permanent = True
    session["n"] = 1
    return "started"


@app.route("/touch")
def touch():
    return f"n={session.get('n')}"


@app.route("/off")
def off():
    app.config["SESSION_REFRESH_EACH_REQUEST"] = False
    return "refresh off"
