import time

from flask import Flask, g

app = Flask(__name__)


@app.before_request
def start_timer():
    g.start = time.perf_counter()


@app.after_request
def add_headers(response):
    ms = (time.perf_counter() - g.start) * 1000
    response.headers["Server-Timing"] = f"app;dur={ms:.1f}"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@app.route("/")
def index():
    return "A quick page"


@app.route("/slow")
def slow():
    time.sleep(0.2)
    return "A slow page"


if __name__ == "__main__":
    app.run()
