from flask import Flask, request

app = Flask(__name__)


@app.get("/add")
def add():
    a = request.args.get("a", "0")
    b = request.args.get("b", "0")
    # A bug on purpose: the values are text, so + joins them instead of adding.
    return f"{a + b}"


if __name__ == "__main__":
    app.run()
