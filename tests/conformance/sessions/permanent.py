from datetime import timedelta

from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=10)


@app.route("/remember")
def remember():
    session.permanent = True
    session["user"] = "ada"
    return "remembered"


@app.route("/temporary")
def temporary():
    session.permanent = False
    session["user"] = "bob"
    return "temporary"


@app.route("/read")
def read():
    return f"{session.get('user')} permanent={session.permanent}"
