from flask import Flask, request, session

app = Flask(__name__)

try:
    request.path
except RuntimeError as e:
    REQUEST_ERROR = str(e)

try:
    session.get("x")
except RuntimeError as e:
    SESSION_ERROR = str(e)


@app.route("/")
def index():
    return REQUEST_ERROR + "\n---\n" + SESSION_ERROR
