from flask import Flask, make_response

app = Flask(__name__)


@app.route("/set")
def set_cookies():
    response = make_response("set")
    response.set_cookie("brackets", "(a)[b]{c}<d>")
    response.set_cookie("query", "a?b@c")
    response.set_cookie("equals", "a=b")
    return response
