from flask import Flask, flash, redirect, render_template

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/do")
def do():
    flash("Saved <b>!</b>", "success")
    flash("Careful", "warning")
    return redirect("/show")


@app.route("/show")
def show():
    return render_template("flashes.html")
