from flask import Flask, current_app, g

app = Flask(__name__)

try:
    current_app.name
except RuntimeError as e:
    APP_ERROR = str(e)

try:
    g.user = "x"
except RuntimeError as e:
    G_ERROR = str(e)


@app.route("/")
def index():
    return APP_ERROR + "\n---\n" + G_ERROR
