from flask import Flask, make_response, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


def received():
    names = ", ".join(sorted(request.cookies)) or "none"
    return f"Cookies this page received: {names}"


@app.route("/")
def index():
    return received(), PLAIN


@app.route("/settings")
def settings():
    response = make_response("Language saved for every page.", PLAIN)
    response.set_cookie("lang", "lt", httponly=True, samesite="Lax")
    return response


@app.route("/admin/")
def admin():
    response = make_response("A cookie for the /admin/ pages only.", PLAIN)
    response.set_cookie("admin_tab", "loans", path="/admin/")
    return response


@app.route("/admin/loans")
def loans():
    return received(), PLAIN


@app.route("/checkout")
def checkout():
    response = make_response("A cookie for HTTPS only, hidden from scripts.", PLAIN)
    response.set_cookie("cart", "3-books", secure=True, httponly=True, samesite="Strict")
    return response


if __name__ == "__main__":
    app.run()
