import secrets

from flask import Flask, abort, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev"

emails = {"ona": "ona@example.com", "jonas": "jonas@example.com"}


@app.template_global("csrf_token")
def csrf_token():
    if "csrf_token" not in session:
        session["csrf_token"] = secrets.token_hex(16)
    return session["csrf_token"]


@app.before_request
def check_csrf_token():
    if request.method == "POST":
        kept = session.get("csrf_token", "")
        sent = request.form.get("csrf_token", "")
        if not kept or not secrets.compare_digest(sent.encode(), kept.encode()):
            abort(400, "The CSRF token is missing or wrong.")


@app.get("/")
def index():
    user = session.get("user")
    return render_template("account.html", user=user, email=emails.get(user))


@app.post("/login")
def login():
    user = request.form.get("user", "")
    if user not in emails:
        abort(403)
    session["user"] = user
    return redirect(url_for("index"))


@app.post("/email")
def email():
    user = session.get("user")
    if not user:
        abort(403)
    emails[user] = request.form.get("email", "").strip()
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
