from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/me")
def me():
    return f"user={session.get('user')}"
