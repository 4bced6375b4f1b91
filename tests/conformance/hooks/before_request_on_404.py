from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def mark():
    g.seen = request.path


@app.errorhandler(404)
def not_found(e):
    return f"404 after before_request saw {g.get('seen')} (endpoint {request.endpoint})", 404
