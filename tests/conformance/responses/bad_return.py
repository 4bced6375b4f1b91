from flask import Flask

app = Flask(__name__)


@app.route("/none")
def none():
    return None


@app.route("/number")
def number():
    return 42
