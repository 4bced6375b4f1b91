from flask import Flask

app = Flask(__name__)


@app.route("/users/", defaults={"page": 1})
@app.route("/users/page/<int:page>")
def users(page):
    return f"users page {page}"
