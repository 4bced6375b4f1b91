from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("password") != "letmein":
        return "bad password", 401
    session["user"] = request.form["username"]
    return redirect(url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect(url_for("login_form"))
    return f"dashboard of {session['user']}"


@app.route("/login")
def login_form():
    return "login form"


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("login_form"))
