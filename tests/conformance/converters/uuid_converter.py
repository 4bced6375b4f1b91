from flask import Flask

app = Flask(__name__)


@app.route("/obj/<uuid:oid>")
def show(oid):
    return f"{oid} {oid.version}"
