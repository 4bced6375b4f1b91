from flask import Flask, render_template

app = Flask(__name__)


@app.context_processor
def inject_site():
    return {"site": "Kolba", "year": 2025}


@app.context_processor
def inject_helpers():
    return {"shout": lambda text: text.upper() + "!"}


@app.template_filter()
def reverse_text(value):
    return value[::-1]


@app.template_filter("twice")
def double(value):
    return value * 2


@app.template_global()
def app_version():
    return "1.0"


@app.route("/")
def index():
    return render_template("processors.html")
