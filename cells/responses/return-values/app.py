from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Kolba library</h1>"


@app.route("/book")
def book():
    return {"title": "Flask Web Development", "copies": 2}


@app.route("/reserve", methods=["POST"])
def reserve():
    return "Reserved: come by within three days.", 201


@app.route("/teapot")
def teapot():
    return "We only brew tea here.", 418, {"X-Brew": "green tea"}


@app.route("/notes.txt")
def notes():
    return "Open every weekday.", {"Content-Type": "text/plain; charset=utf-8"}


if __name__ == "__main__":
    app.run()
