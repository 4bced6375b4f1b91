import base64

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = "lesson-key-not-a-secret"

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


def unbase64(text):
    """Decode URL-safe base64 without the "=" padding that Flask leaves out."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@app.route("/login/<name>")
def login(name):
    session["user"] = name
    session["theme"] = "dark"
    return redirect(url_for("peek"))


@app.route("/peek")
def peek():
    cookie = request.cookies.get("session")
    if not cookie:
        return "No session cookie yet: open /login/ona first.", PLAIN
    parts = cookie.split(".")
    if len(parts) != 3:
        return f"Not a plain session cookie: it has {len(parts)} parts.", PLAIN
    data, stamp, signature = parts
    seconds = int.from_bytes(unbase64(stamp), "big")
    lines = [
        f"data:      {unbase64(data).decode()}",
        f"timestamp: {seconds} (seconds since 1970)",
        f"signature: {signature}",
        f"The app trusts it, and its user is: {session.get('user')}",
    ]
    return "\n".join(lines), PLAIN


if __name__ == "__main__":
    app.run()
