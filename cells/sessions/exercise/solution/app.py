from flask import Flask, redirect, request, session, url_for
from markupsafe import escape

app = Flask(__name__)
app.secret_key = "lesson-key-not-a-secret"

TEAS = ["green", "black", "mint"]

LOGIN_FORM = """<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <button type="submit">Log in</button>
</form>"""


@app.route("/")
def shop():
    user = session.get("user")
    if user is None:
        return f"<p>Please log in.</p>{LOGIN_FORM}"
    cart = session.get("cart", [])
    links = [f'<a href="{url_for("add", tea=tea)}">add {tea}</a>' for tea in TEAS]
    return (
        f"<p>Hello, {escape(user)}!</p>"
        f"<p>Cart: {', '.join(cart) or 'empty'}</p>"
        f"<p>{' · '.join(links)}</p>"
        f'<p><a href="{url_for("logout")}">Log out</a></p>'
    )


@app.post("/login")
def login():
    name = request.form.get("user", "").strip()
    if not name:
        return "A name is needed to log in.", 400
    session["user"] = name
    session["cart"] = []
    return redirect(url_for("shop"))


@app.route("/add/<any(green, black, mint):tea>")
def add(tea):
    if session.get("user") is None:
        return redirect(url_for("shop"))
    session["cart"].append(tea)
    session.modified = True  # the list changed inside the session
    return redirect(url_for("shop"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("shop"))


if __name__ == "__main__":
    app.run()
