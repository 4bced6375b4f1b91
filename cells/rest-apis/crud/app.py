from flask import Flask, abort, jsonify, request, url_for

app = Flask(__name__)

BOOKS = [
    {"id": 1, "title": "Solaris", "year": 1961},
    {"id": 2, "title": "Emma", "year": 1815},
]
next_id = 3


def find_book(id):
    return next((b for b in BOOKS if b["id"] == id), None) or abort(404)


# GET the collection: read, safe.
@app.get("/api/books")
def list_books():
    return jsonify(BOOKS)


# POST to the collection: create a new item; the server picks its id.
@app.post("/api/books")
def create_book():
    global next_id
    data = request.get_json()
    book = {"id": next_id, "title": data["title"], "year": data["year"]}
    next_id += 1
    BOOKS.append(book)
    return book, 201, {"Location": url_for("get_book", id=book["id"])}


# GET one item: read, safe.
@app.get("/api/books/<int:id>")
def get_book(id):
    return find_book(id)


# PUT: replace the whole item with what the client sent.
@app.put("/api/books/<int:id>")
def replace_book(id):
    book = find_book(id)
    data = request.get_json()
    book["title"] = data["title"]
    book["year"] = data["year"]
    return book


# PATCH: change only the fields the client sent.
@app.patch("/api/books/<int:id>")
def update_book(id):
    book = find_book(id)
    data = request.get_json()
    if "title" in data:
        book["title"] = data["title"]
    if "year" in data:
        book["year"] = data["year"]
    return book


# DELETE: remove the item; nothing is left to show, so 204 and an empty body.
@app.delete("/api/books/<int:id>")
def delete_book(id):
    book = find_book(id)
    BOOKS.remove(book)
    return "", 204


if __name__ == "__main__":
    app.run()
