from flask import Flask, make_response

app = Flask(__name__)


@app.route("/")
def index():
    response = make_response("deleted")
    response.delete_cookie("session_hint")
    response.delete_cookie("scoped", path="/admin", domain="example.com")
    response.delete_cookie("strict", secure=True, httponly=True, samesite="Strict")
    return response
