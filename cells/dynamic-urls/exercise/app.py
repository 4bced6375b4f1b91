from flask import Flask, url_for

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

posts = [
    {"year": 2024, "slug": "first-steps", "tag": "flask"},
    {"year": 2024, "slug": "routing-notes", "tag": "web"},
    {"year": 2025, "slug": "converters", "tag": "python"},
]


@app.route("/blog/")
def blog():
    # TODO: one link per year and per post, built with url_for
    return "Blog", PLAIN


# TODO: /blog/<year>/ with the posts of that year

# TODO: /blog/<year>/<slug> with one post

# TODO: /blog/tag/<tag> for flask, python and web only


if __name__ == "__main__":
    app.run()
