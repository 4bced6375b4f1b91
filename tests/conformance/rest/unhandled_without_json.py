from flask import Flask, abort, jsonify
from werkzeug.exceptions import HTTPException

app = Flask("unhandled_without_json")


@app.errorhandler(404)
def not_found(e):
    return jsonify(error=e.description), 404


@app.errorhandler(Exception)
def any_error(e):
    # Flask's docs: pass HTTP errors through untouched, answer the rest as JSON.
    if isinstance(e, HTTPException):
        return e
    return jsonify(error="internal error", kind=type(e).__name__), 500


@app.get("/missing")
def missing():
    abort(404, description="No such thing.")


@app.get("/forbidden")
def forbidden():
    abort(403)


@app.get("/bug")
def bug():
    raise ValueError("bad value")
