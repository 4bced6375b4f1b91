from flask import Flask

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/hello/<name>")
def greet(name):
    return f"Hello, {name}!", PLAIN


if __name__ == "__main__":
    app.run()
