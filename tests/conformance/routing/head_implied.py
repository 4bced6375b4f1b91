from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    return f"a page seen by {request.method}"
