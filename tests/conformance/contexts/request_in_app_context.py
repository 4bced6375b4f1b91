from flask import Flask, request

app = Flask(__name__)

with app.app_context():
    try:
        request.args
        MESSAGE = "no error"
    except RuntimeError as e:
        MESSAGE = str(e)


@app.route("/")
def index():
    return MESSAGE
