from flask import Flask

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/posts/<int:year>/<slug>")
def post(year, slug):
    return f"Post {slug} from {year}", PLAIN


if __name__ == "__main__":
    app.run()
