from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/<name>")
def index(name):
    return render_template_string("<p>{{ greeting }}, {{ name }}! {{ request.path }}</p>", greeting="Sveiki", name=name)
