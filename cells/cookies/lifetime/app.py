from datetime import datetime, timezone

from flask import Flask, make_response

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/visit")
def visit():
    response = make_response("Kept until the browser closes.", PLAIN)
    response.set_cookie("last_page", "visit")
    return response


@app.route("/remember")
def remember():
    response = make_response("Kept for 30 days.", PLAIN)
    response.set_cookie("reader", "ona", max_age=60 * 60 * 24 * 30)
    return response


@app.route("/fair")
def fair():
    response = make_response("Kept until the book fair is over.", PLAIN)
    response.set_cookie("fair", "2031", expires=datetime(2031, 6, 1, tzinfo=timezone.utc))
    return response


if __name__ == "__main__":
    app.run()
