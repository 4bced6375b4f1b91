from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"
app.config.update(
    SESSION_COOKIE_NAME="kolba_session",
    SESSION_COOKIE_PATH="/app",
    SESSION_COOKIE_HTTPONLY=False,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Strict",
)


@app.route("/app/set")
def set_value():
    session["x"] = 1
    return "set"
