from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/set")
def set_cookies():
    response = make_response("set")
    response.set_cookie("everywhere", "1")
    response.set_cookie("admin_only", "2", path="/admin")
    return response


@app.route("/admin/see")
@app.route("/see")
def see():
    return ",".join(sorted(request.cookies))
