from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/login/<name>")
def login(name):
    session["user"] = name
    session["roles"] = ["reader", "writer"]
    return f"logged in {name}"


@app.route("/me")
def me():
    return f"{session.get('user', 'anonymous')} {session.get('roles', [])}"


@app.route("/logout")
def logout():
    user = session.pop("user", None)
    return f"bye {user}"
