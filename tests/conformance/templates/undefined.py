from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/")
def index():
    return render_template_string("[{{ missing }}] [{{ obj.nope }}] [{{ 'x' if missing is undefined }}] [{{ missing is defined }}]", obj={})
