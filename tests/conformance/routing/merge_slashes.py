from flask import Flask

app = Flask(__name__)


@app.route("/a/b")
def ab():
    return "a/b"


@app.route("/files/<path:name>")
def files(name):
    return name
