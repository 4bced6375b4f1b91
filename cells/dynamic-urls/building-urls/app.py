from flask import Flask, request, url_for

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/user/<int:id>")
def profile(id):
    return f"User number {id}"


@app.route("/posts/<int:year>/<slug>")
def post(year, slug):
    return f"Post {slug} from {year}", PLAIN


@app.route("/files/<path:subpath>")
def files(subpath):
    return f"You asked for the file {subpath}", PLAIN


@app.route("/search")
def search():
    return f"Searching for {request.args.get('q', '')}", PLAIN


@app.route("/links")
def links():
    urls = [
        url_for("profile", id=7),
        url_for("post", year=2024, slug="first-steps"),
        url_for("profile", id=7, tab="posts", page=2),
        url_for("files", subpath="notes/week 1.txt"),
        url_for("search", q="cats & dogs"),
        url_for("profile", id=7, _external=True),
    ]
    return "\n".join(urls), PLAIN


if __name__ == "__main__":
    app.run()
