from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/big")
def big():
    session["text"] = "kolba " * 50
    return "big"


@app.route("/len")
def length():
    return str(len(session.get("text", "")))
