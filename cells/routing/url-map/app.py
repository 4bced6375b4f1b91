from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Kolba library</h1>"


@app.route("/about")
def about():
    return "A small library of Flask examples."


@app.route("/projects/")
def projects():
    return "All projects"


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    return "Tell us what you think."


print(app.url_map)

if __name__ == "__main__":
    app.run()
