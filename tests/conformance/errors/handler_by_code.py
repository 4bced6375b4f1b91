from flask import Flask, abort, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(e):
    return f"custom 404 for {request.path}: {e.name} ({e.code})", 404


@app.errorhandler(403)
def forbidden(e):
    return f"forbidden: {e.description}"


@app.route("/secret")
def secret():
    abort(403, description="members only")
