from jinja2 import TemplateNotFound

from flask import Flask, render_template

app = Flask(__name__)


@app.route("/caught")
def caught():
    try:
        return render_template("does-not-exist.html")
    except TemplateNotFound as e:
        return f"TemplateNotFound: {e.name}"


@app.route("/uncaught")
def uncaught():
    return render_template("does-not-exist.html")


@app.route("/include")
def include():
    try:
        return render_template("broken-include.html")
    except TemplateNotFound as e:
        return f"TemplateNotFound: {e.name}"
