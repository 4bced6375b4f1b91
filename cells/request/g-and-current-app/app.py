from flask import Flask, current_app, g, request

app = Flask(__name__)
app.config["ADMINS"] = ["ona"]

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


# Finds the visitor once per request, however often it is called.
def current_user():
    if "user" not in g:
        g.lookups = g.get("lookups", 0) + 1
        g.user = request.headers.get("X-User", "guest")
    return g.user


# Needs the app's settings but is not given the app: current_app finds it.
def is_admin():
    return current_user() in current_app.config["ADMINS"]


@app.route("/dashboard")
def dashboard():
    lines = [
        f"Hello, {current_user()}!",
        "You may change the shop." if is_admin() else "You may look around.",
        f"Signed in as {current_user()}.",
        f"Lookups in this request: {g.lookups}",
    ]
    return "\n".join(lines), PLAIN


if __name__ == "__main__":
    app.run()
