from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException, NotFound

app = Flask(__name__)


@app.errorhandler(HTTPException)
def http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.errorhandler(NotFound)
def not_found(e):
    return "NotFound handler", 404


@app.route("/only-post", methods=["POST"])
def only_post():
    return "posted"
