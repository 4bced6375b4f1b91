from flask import Flask, g, request

app = Flask(__name__)


# Until sessions arrive in a later lesson, ?user=ona stands in for a logged-in user.
@app.before_request
def load_user():
    g.user = request.args.get("user")


@app.route("/")
def index():
    return f"Hello, {g.user}!" if g.user else "Hello, guest!"


@app.route("/notes")
def notes():
    return f"Notes of {g.user}: buy milk" if g.user else "Log in to see your notes."


if __name__ == "__main__":
    app.run()
