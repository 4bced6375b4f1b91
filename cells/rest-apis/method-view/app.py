from flask import Flask, abort, jsonify, request, url_for
from flask.views import MethodView

app = Flask(__name__)

BOOKS = [
    {"id": 1, "title": "Solaris", "year": 1961},
    {"id": 2, "title": "Emma", "year": 1815},
]


def find_book(id):
    return next((b for b in BOOKS if b["id"] == id), None) or abort(404)


# The collection: one method of the class per HTTP method.
class BookList(MethodView):
    def get(self):
        return jsonify(BOOKS)

    def post(self):
        data = request.get_json()
        book = {"id": max([0] + [b["id"] for b in BOOKS]) + 1, **data}
        BOOKS.append(book)
        return book, 201, {"Location": url_for("book", id=book["id"])}


# One item: no patch method, so PATCH gets 405 and an Allow header.
class BookItem(MethodView):
    def get(self, id):
        return find_book(id)

    def put(self, id):
        book = find_book(id)
        data = request.get_json()
        book["title"] = data["title"]
        book["year"] = data["year"]
        return book

    def delete(self, id):
        BOOKS.remove(find_book(id))
        return "", 204


app.add_url_rule("/api/books", view_func=BookList.as_view("books"))
app.add_url_rule("/api/books/<int:id>", view_func=BookItem.as_view("book"))

if __name__ == "__main__":
    app.run()
