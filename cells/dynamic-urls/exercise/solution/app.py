from flask import Flask, abort, url_for

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

posts = [
    {"year": 2024, "slug": "first-steps", "tag": "flask"},
    {"year": 2024, "slug": "routing-notes", "tag": "web"},
    {"year": 2025, "slug": "converters", "tag": "python"},
]


@app.route("/blog/")
def blog():
    years = sorted({p["year"] for p in posts})
    links = [url_for("archive", year=year, sort="new") for year in years]
    links += [url_for("post", year=p["year"], slug=p["slug"]) for p in posts]
    return "\n".join(links), PLAIN


@app.route("/blog/<int(fixed_digits=4):year>/")
def archive(year):
    found = [p for p in posts if p["year"] == year]
    return "\n".join(f"{p['year']}/{p['slug']}" for p in found), PLAIN


@app.route("/blog/<int(fixed_digits=4):year>/<slug>")
def post(year, slug):
    found = next((p for p in posts if p["year"] == year and p["slug"] == slug), None)
    if found is None:
        abort(404)
    return f"Post {slug} from {year}, tagged {found['tag']}", PLAIN


@app.route("/blog/tag/<any(flask, python, web):tag>")
def tagged(tag):
    found = [p for p in posts if p["tag"] == tag]
    return "\n".join(f"{p['year']}/{p['slug']}" for p in found), PLAIN


if __name__ == "__main__":
    app.run()
