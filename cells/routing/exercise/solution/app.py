from flask import Flask, request, url_for

app = Flask(__name__)


@app.route("/")
def index():
    return f'<h1>Kolba library</h1><p><a href="{url_for("books")}">See all books</a></p>'


@app.route("/books/")
def books():
    return "<h1>Books</h1><ul><li>The Little Prince</li><li>Dune</li><li>Emma</li></ul>"


@app.route("/info")
@app.route("/about")
def about():
    return "<h1>About</h1><p>Kolba library lends books to everyone in town, for free.</p>"


@app.route("/suggest", methods=["GET", "POST"])
def suggest():
    if request.method == "POST":
        return "Thank you for your suggestion!"
    return "To suggest a book, send its title in a POST request to this address."


print(app.url_map)

if __name__ == "__main__":
    app.run()
