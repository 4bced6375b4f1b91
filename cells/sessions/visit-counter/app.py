from flask import Flask, session

app = Flask(__name__)
# A key for this lesson only; a real app reads its own from the environment.
app.secret_key = "lesson-key-not-a-secret"


@app.route("/")
def index():
    visits = session.get("visits", 0) + 1
    session["visits"] = visits
    return (
        f"<p>Visits in this session: {visits}</p>"
        '<p><a href="/">Count again</a> · <a href="/forget">Forget me</a></p>'
    )


@app.route("/forget")
def forget():
    session.clear()
    return '<p>Forgotten.</p><p><a href="/">Start again</a></p>'


if __name__ == "__main__":
    app.run()
