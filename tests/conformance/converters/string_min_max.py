from flask import Flask

app = Flask(__name__)


@app.route("/tag/<string(minlength=2, maxlength=4):tag>")
def show(tag):
    return f"tag {tag}"
