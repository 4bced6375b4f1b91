from flask import Blueprint, abort, g, request

bp = Blueprint("api", __name__, url_prefix="/api")

books = {1: "Solaris", 2: "Dune"}


# Runs before the views of this blueprint only.
@bp.before_request
def require_key():
    key = request.args.get("key")
    if not key:
        return {"error": "add ?key=... to the address"}, 401
    g.client = key


# Catches a 404 raised by this blueprint's views only.
@bp.errorhandler(404)
def book_not_found(error):
    return {"error": "no such book"}, 404


@bp.route("/books/<int:id>")
def book(id):
    if id not in books:
        abort(404)
    return {"id": id, "title": books[id], "client": g.client}
