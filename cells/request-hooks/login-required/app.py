from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load_user():
    g.user = request.args.get("user")


@app.before_request
def require_login():
    if g.user or request.endpoint == "index":
        return None
    return "Please log in first (add ?user=ona to the address).", 401


@app.route("/")
def index():
    return "Home page: anyone may look."


@app.route("/notes")
def notes():
    return f"Notes of {g.user}: buy milk"


@app.route("/settings")
def settings():
    return f"Settings of {g.user}"


if __name__ == "__main__":
    app.run()
