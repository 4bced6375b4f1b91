from markupsafe import Markup

from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def index():
    return render_template("autoescape.html", html="<b>bold</b>", markup=Markup("<i>{}</i>").format("<x>"))
