from flask import Flask

app = Flask(__name__)


@app.route("/str")
def as_str():
    return "just text"


@app.route("/bytes")
def as_bytes():
    return b"some bytes"


@app.route("/status")
def with_status():
    return "created", 201


@app.route("/status-headers")
def with_status_headers():
    return "teapot", 418, {"X-Brew": "tea"}


@app.route("/headers")
def with_headers():
    return "with headers", {"X-One": "1", "Content-Type": "text/plain"}


@app.route("/header-list")
def with_header_list():
    return "listed", 200, [("X-One", "a"), ("X-One", "b")]


@app.route("/status-text")
def with_status_text():
    return "custom", "299 Very Custom"
