from flask import Flask, render_template

app = Flask(__name__, template_folder="templates/partials")


@app.route("/")
def index():
    return render_template("nav.html", nav=[{"href": "/x", "label": "X"}])
