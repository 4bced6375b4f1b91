from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/visit")
def visit():
    count = request.cookies.get("visits", 0, type=int) + 1
    response = make_response(f"visit {count}")
    response.set_cookie("visits", str(count))
    return response


@app.route("/forget")
def forget():
    response = make_response("forgotten")
    response.delete_cookie("visits")
    return response
