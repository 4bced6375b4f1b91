from flask import Flask

app = Flask(__name__)


@app.route("/f/<float:x>")
def show(x):
    return f"{x * 2}"
