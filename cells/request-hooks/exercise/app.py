from flask import Flask, g, request

app = Flask(__name__)

# TODO 1: a before_request hook that keeps ?user=… in g.user

# TODO 2: a second before_request hook: any path that starts with /admin/
# answers "Admins only" with 403 unless g.user is "admin"

# TODO 3: an after_request hook that adds the header X-User: the user's name, or "guest"


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
