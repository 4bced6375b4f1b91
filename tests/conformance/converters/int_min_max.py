from flask import Flask

app = Flask(__name__)


@app.route("/page/<int(min=1, max=10):page>")
def show(page):
    return f"page {page}"
