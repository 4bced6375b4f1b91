from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/set/<value>")
def set_value(value):
    response = make_response(f"set {value}")
    response.set_cookie("token", value)
    return response


@app.route("/get")
def get_value():
    return f"token={request.cookies.get('token')}"
