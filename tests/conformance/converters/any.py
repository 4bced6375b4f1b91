from flask import Flask

app = Flask(__name__)


@app.route('/<any(about, help, "contact us"):page>')
def show(page):
    return f"page {page}"
