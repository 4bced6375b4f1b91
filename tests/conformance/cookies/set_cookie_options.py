from datetime import datetime, timedelta, timezone

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/")
def index():
    response = make_response("cookies")
    response.set_cookie("plain", "v")
    response.set_cookie("aged", "v", max_age=600)
    response.set_cookie("aged_delta", "v", max_age=timedelta(hours=2))
    response.set_cookie("dated", "v", expires=datetime(2040, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    response.set_cookie("scoped", "v", path="/admin", domain="example.com")
    response.set_cookie("secure", "v", secure=True, httponly=True)
    response.set_cookie("lax", "v", samesite="Lax")
    response.set_cookie("strict", "v", samesite="Strict")
    response.set_cookie("none", "v", samesite="None", secure=True)
    response.set_cookie("empty")
    return response
