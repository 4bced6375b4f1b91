from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)

LINKS = {
    "docs": "https://flask.palletsprojects.com/",
    "kolba": "https://kolba.example/",
}


@app.errorhandler(404)
def not_found(e):
    return {"error": "no such link"}, 404


@app.errorhandler(400)
def bad_request(e):
    return {"error": e.description}, 400


@app.route("/")
def index():
    return LINKS


@app.route("/<code>")
def follow(code):
    url = LINKS.get(code)
    if url is None:
        abort(404)
    return redirect(url)


@app.route("/go/<code>")
def old_follow(code):
    return redirect(url_for("follow", code=code), 301)


@app.post("/links")
def create():
    data = request.get_json(silent=True) or {}
    code = data.get("code")
    url = data.get("url")
    if not code or not url:
        abort(400, "send JSON with a code and a url")
    if code in LINKS and LINKS[code] != url:
        return {"error": f"{code} is taken"}, 409
    LINKS[code] = url
    return {"code": code, "url": url}, 201, {"Location": url_for("follow", code=code)}


@app.route("/coffee")
def coffee():
    abort(418)


if __name__ == "__main__":
    app.run()
