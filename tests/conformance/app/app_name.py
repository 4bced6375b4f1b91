from flask import Flask, current_app

app = Flask(__name__)


@app.route("/")
def show():
    return f"{app.name} {app.import_name} {current_app.name}"
