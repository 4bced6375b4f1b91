from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load_user():
    g.user = request.args.get("user")


@app.before_request
def admins_only():
    if request.path.startswith("/admin/") and g.user != "admin":
        return "Admins only", 403
    return None


@app.after_request
def add_user_header(response):
    response.headers["X-User"] = g.user or "guest"
    return response


@app.route("/")
def index():
    return "Welcome to the notes app"


@app.route("/admin/users")
def users():
    return "ona, jonas, admin"


@app.route("/admin/stats")
def stats():
    return "3 users, 12 notes"


if __name__ == "__main__":
    app.run()
