from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask("json_error_handler")


@app.errorhandler(HTTPException)
def handle_http(e):
    body = {"code": e.code, "name": e.name, "description": e.description}
    original = getattr(e, "original_exception", None)
    if original is not None:
        body["original"] = type(original).__name__
    return jsonify(body), e.code


@app.get("/books/<int:id>")
def book(id):
    if id != 1:
        abort(404, description=f"There is no book number {id}.")
    return {"id": 1}


@app.post("/books")
def create():
    data = request.get_json()
    if "title" not in data:
        abort(400, description="A book needs a title.")
    return {"title": data["title"]}, 201


@app.get("/plain-abort")
def plain_abort():
    abort(403)


@app.get("/teapot")
def teapot():
    abort(418, "Short and stout.")


@app.get("/bug")
def bug():
    return {"x": {}["missing"]}


@app.get("/zero")
def zero():
    return {"x": 1 / 0}
