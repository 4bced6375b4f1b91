from flask import Flask, url_for

app = Flask(__name__)
app.config["SERVER_NAME"] = "kolba.test"


@app.route("/user/<name>")
def user(name):
    return ""


with app.app_context():
    BUILT = url_for("user", name="ada")


@app.route("/")
def index():
    return BUILT
