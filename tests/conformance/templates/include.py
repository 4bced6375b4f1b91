from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def index():
    return render_template("with-include.html", body="Body text", nav=[{"href": "/", "label": "Home"}, {"href": "/a?b=1&c=2", "label": "A & B"}])
