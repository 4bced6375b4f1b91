from flask import Flask, session

app = Flask(__name__)
# The secret key is missing: uncomment the next line and run again.
# app.config["SECRET_KEY"] = "lesson-key-not-a-secret"

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/")
def index():
    return f"Hello, {session.get('user', 'stranger')}!", PLAIN


@app.route("/login/<name>")
def login(name):
    session["user"] = name
    return f"Logged in as {name}.", PLAIN


if __name__ == "__main__":
    app.run()
