from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

BOOKS = [{"id": 1, "title": "Solaris", "year": 1961}]


# Every HTTP error (abort, routing's 404 and 405, get_json's 400) answers in JSON.
@app.errorhandler(HTTPException)
def handle_http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.get("/api/books/<int:id>")
def get_book(id):
    book = next((b for b in BOOKS if b["id"] == id), None)
    if book is None:
        abort(404, description=f"There is no book number {id}.")
    return book


@app.post("/api/books")
def create_book():
    data = request.get_json()
    if not data.get("title"):
        abort(400, description="A book needs a title.")
    return {"id": len(BOOKS) + 1, "title": data["title"]}, 201


# A bug, not an HTTP error: the handler above does not see it.
@app.get("/api/report")
def report():
    totals = {}
    return {"average": round(totals["pages"], 1)}


if __name__ == "__main__":
    app.run()
