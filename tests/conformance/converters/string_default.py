from flask import Flask

app = Flask(__name__)


@app.route("/s/<name>")
def show(name):
    return f"{name}|{len(name)}"
