from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/set")
def set_cookies():
    response = make_response("set")
    response.set_cookie("space", "hello world")
    response.set_cookie("comma", "a,b")
    response.set_cookie("semi", "a;b")
    response.set_cookie("quote", 'say "hi"')
    response.set_cookie("backslash", "a\\b")
    response.set_cookie("unicode", "ąčę")
    response.set_cookie("safe", "abc-._~!#$%&'*+^`|:/")
    return response


@app.route("/get")
def get_cookies():
    return "\n".join(f"{k}={request.cookies[k]}" for k in sorted(request.cookies))
