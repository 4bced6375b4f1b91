from flask import Flask, request, url_for

app = Flask(__name__)


@app.route("/")
def index():
    # TODO: add a link to the book list, built with url_for
    return "<h1>Kolba library</h1>"


# TODO: /books/ with a list of titles

# TODO: /about, also reachable at /info

# TODO: /suggest for GET and POST

print(app.url_map)

if __name__ == "__main__":
    app.run()
