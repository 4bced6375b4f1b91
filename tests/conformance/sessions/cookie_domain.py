from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"
app.config["SESSION_COOKIE_DOMAIN"] = "kolba.test"


@app.route("/set")
def set_value():
    session["x"] = 1
    return "set"
