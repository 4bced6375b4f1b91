from flask import Flask, make_response, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/")
def index():
    response = make_response("Welcome! Your role is kept in a cookie.", PLAIN)
    if "role" not in request.cookies:
        response.set_cookie("role", "reader", httponly=True, samesite="Lax")
    return response


@app.route("/admin")
def admin():
    if request.cookies.get("role") != "admin":
        return "Admins only.", 403, PLAIN
    return "Admin page: from here you could delete every book.", PLAIN


if __name__ == "__main__":
    app.run()
