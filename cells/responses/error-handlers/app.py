from flask import Flask, abort, request

app = Flask(__name__)

COPIES = {1: 2, 2: 0}


class OutOfStock(Exception):
    pass


@app.errorhandler(404)
def page_not_found(e):
    return "<h1>No such page</h1><p>Try the <a href='/'>catalogue</a>.</p>", 404


@app.errorhandler(500)
def server_error(e):
    return "<h1>Something broke</h1><p>We are on it.</p>", 500


@app.errorhandler(ValueError)
def bad_value(e):
    return {"error": str(e)}, 400


@app.errorhandler(OutOfStock)
def out_of_stock(e):
    return {"error": f"book {e} is out of stock"}, 409


@app.route("/")
def index():
    return "<h1>Catalogue</h1>"


@app.route("/borrow/<int:book_id>")
def borrow(book_id):
    if book_id not in COPIES:
        abort(404)
    days = request.args.get("days", 14, type=int)
    if not 1 <= days <= 30:
        raise ValueError("days must be between 1 and 30")
    if COPIES[book_id] == 0:
        raise OutOfStock(book_id)
    return {"book": book_id, "days": days}


@app.route("/broken")
def broken():
    shelves = {"a": ["Flask Web Development"]}
    return shelves["b"][0]


if __name__ == "__main__":
    app.run()
