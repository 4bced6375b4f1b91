from flask import Flask, redirect, render_template, request, session, url_for

app = Flask(__name__)
# The same setting as app.secret_key, written as a config key.
app.config["SECRET_KEY"] = "lesson-key-not-a-secret"


@app.route("/")
def index():
    return render_template("index.html")


@app.post("/login")
def login():
    name = request.form.get("user", "").strip()
    if not name:
        return "A name is needed to log in.", 400
    session["user"] = name
    return redirect(url_for("index"))


@app.route("/logout")
def logout():
    session.pop("user", None)
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
