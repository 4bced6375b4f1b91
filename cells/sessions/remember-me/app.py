from datetime import timedelta

from flask import Flask, redirect, request, session, url_for
from markupsafe import escape

app = Flask(__name__)
app.secret_key = "lesson-key-not-a-secret"
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=30)

FORM = """<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <label><input type="checkbox" name="remember"> Remember me</label>
  <button type="submit">Log in</button>
</form>"""


@app.route("/")
def index():
    user = session.get("user")
    if user is None:
        return FORM
    if session.permanent:
        kept = "for 30 minutes, even after the browser closes"
    else:
        kept = "until the browser closes"
    return f'<p>Hello, {escape(user)}. I will remember you {kept}.</p><p><a href="/logout">Log out</a></p>'


@app.post("/login")
def login():
    session["user"] = request.form.get("user") or "guest"
    session.permanent = request.form.get("remember") == "on"
    return redirect(url_for("index"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
