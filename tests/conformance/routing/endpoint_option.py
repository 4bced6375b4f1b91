from flask import Flask, request, url_for

app = Flask(__name__)


@app.route("/profile", endpoint="user_profile")
def profile():
    return f"{request.endpoint} {url_for('user_profile')}"
