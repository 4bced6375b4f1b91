from flask import Flask, request, url_for

app = Flask(__name__)

BOOKS = [{"id": 1, "title": "Solaris", "year": 1961}]


# Plain get_json: Flask decides what a bad body gets.
@app.post("/api/strict")
def strict():
    return {"received": request.get_json()}


@app.post("/api/books")
def create_book():
    # 1. Is it JSON at all? Look at the Content-Type before reading.
    if not request.is_json:
        return {"error": "send JSON with Content-Type: application/json"}, 415
    # 2. Does it parse? silent gives None instead of a 400 page.
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {"error": "the body must be a JSON object"}, 400
    # 3. Is every field right? Collect all problems, then answer once.
    title = data.get("title")
    year = data.get("year")
    errors = {}
    if not isinstance(title, str) or title.strip() == "":
        errors["title"] = "required, a non-empty string"
    if not isinstance(year, int) or isinstance(year, bool):
        errors["year"] = "required, a whole number"
    if errors:
        return {"errors": errors}, 422
    book = {"id": len(BOOKS) + 1, "title": title.strip(), "year": year}
    BOOKS.append(book)
    return book, 201, {"Location": url_for("get_book", id=book["id"], _external=True)}


@app.get("/api/books/<int:id>")
def get_book(id):
    book = next((b for b in BOOKS if b["id"] == id), None)
    if book is None:
        return {"error": "no such book"}, 404
    return book


if __name__ == "__main__":
    app.run()
