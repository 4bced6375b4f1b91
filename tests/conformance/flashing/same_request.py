from flask import Flask, flash, get_flashed_messages

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/")
def index():
    flash("now")
    first = get_flashed_messages()
    second = get_flashed_messages()
    return f"{first} {second}"


@app.route("/next")
def next_request():
    return f"{get_flashed_messages()}"
