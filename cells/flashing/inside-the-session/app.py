from flask import Flask, flash, get_flashed_messages, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/leave")
def leave():
    flash("Your books are renewed.")
    flash("Two of them are due on Friday.", "info")
    return {"session": dict(session)}


@app.route("/take")
def take():
    messages = get_flashed_messages(with_categories=True)
    return {"taken": messages, "left": session.get("_flashes", [])}


if __name__ == "__main__":
    app.run()
