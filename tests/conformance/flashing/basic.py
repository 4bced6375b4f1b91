from flask import Flask, flash, get_flashed_messages, redirect, url_for

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/save")
def save():
    flash("Saved!")
    flash("Twice.")
    return redirect(url_for("show"))


@app.route("/show")
def show():
    return " | ".join(get_flashed_messages()) or "(none)"
