from flask import Flask

app = Flask(__name__)


@app.route("/files/<path:subpath>")
def show(subpath):
    return f"[{subpath}]"
