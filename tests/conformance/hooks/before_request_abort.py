from flask import Flask, abort, request

app = Flask(__name__)


@app.before_request
def require_token():
    if request.headers.get("Authorization") != "Bearer ok":
        abort(401)


@app.after_request
def mark(response):
    response.headers["X-After"] = str(response.status_code)
    return response


@app.route("/")
def index():
    return "authorized"
