from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/")
def index():
    return render_template_string(
        '<a title="{{ text }}" data-x=\'{{ text }}\'>{{ text|e }}</a>', text="Tom's \"quote\" & <tag>"
    )
