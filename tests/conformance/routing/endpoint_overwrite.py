from flask import Flask

app = Flask(__name__)


@app.route("/first", endpoint="shared")
def first():
    return "first"


try:

    @app.route("/second", endpoint="shared")
    def second():
        return "second"

    MESSAGE = "no error"
except AssertionError as e:
    MESSAGE = str(e)


@app.route("/")
def show():
    return MESSAGE
