from flask import Flask, current_app, g, has_app_context, has_request_context

app = Flask(__name__)

with app.app_context():
    g.setup = "done"
    INSIDE = f"{current_app.name} {g.setup} {has_app_context()} {has_request_context()}"
OUTSIDE = f"{has_app_context()} {has_request_context()}"


@app.route("/")
def index():
    return f"{INSIDE} | {OUTSIDE} | {has_app_context()} {has_request_context()} {g.get('setup')}"
