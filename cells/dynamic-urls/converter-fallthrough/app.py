from flask import Flask

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/user/<int:id>")
def profile(id):
    return f"User number {id}"


@app.route("/user/<username>")
def member(username):
    return f"Member {username}", PLAIN


if __name__ == "__main__":
    app.run()
