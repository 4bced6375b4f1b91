from flask import Flask, jsonify, request, url_for


def create_app(config=None):
    app = Flask(__name__)
    if config:
        app.config.from_mapping(config)
    books = []
    next_id = 1

    @app.get("/api/books")
    def list_books():
        return jsonify(books)

    @app.post("/api/books")
    def create_book():
        nonlocal next_id
        data = request.get_json(silent=True)
        title = data.get("title") if isinstance(data, dict) else None
        title = title.strip() if isinstance(title, str) else ""
        if not title:
            return {"error": "title is required"}, 400
        book = {"id": next_id, "title": title}
        next_id += 1
        books.append(book)
        return book, 201, {"Location": url_for("book", book_id=book["id"])}

    @app.get("/api/books/<int:book_id>")
    def book(book_id):
        found = next((b for b in books if b["id"] == book_id), None)
        if found is None:
            return {"error": "no such book"}, 404
        return found

    @app.delete("/api/books/<int:book_id>")
    def delete_book(book_id):
        found = next((b for b in books if b["id"] == book_id), None)
        if found is None:
            return {"error": "no such book"}, 404
        books.remove(found)
        return "", 204

    return app


app = create_app()

if __name__ == "__main__":
    app.run()
