from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Hello, Flask!</h1>"


@app.route("/oops")
def oops():
    scores = [90, 75]
    return f"Third score: {scores[2]:.1f}"


if __name__ == "__main__":
    app.run(debug=True)
