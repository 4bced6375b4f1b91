from flask import Flask

app = Flask(__name__)


@app.route("/created")
def created():
    return {"id": 7}, 201, {"Location": "/items/7", "X-Request-Id": "abc"}


@app.route("/list-headers")
def list_headers():
    return ["a", "b"], {"X-Total": "2"}
