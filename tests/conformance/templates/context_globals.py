from flask import Flask, g, render_template, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"
app.config["SITE_NAME"] = "Kolba"


@app.route("/show/<int:item>")
def show(item):
    g.greeting = "labas"
    session["user"] = "ada"
    return render_template("globals.html")
