from flask import Flask, session

app = Flask(__name__)


@app.route("/write")
def write():
    try:
        session["user"] = "ada"
    except RuntimeError as e:
        return f"RuntimeError: {e}"
    return "written"


@app.route("/read")
def read():
    return f"read: {session.get('user')}"
