from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/untouched")
def untouched():
    return "no session"


@app.route("/read")
def read():
    return f"{session.get('x')}"
