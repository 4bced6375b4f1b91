from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
@app.route("/empty")
def index():
    from flask import request

    users = [] if request.path == "/empty" else ["ada", "bob", "eve"]
    return render_template("loops.html", users=users, pairs=[("a", 1), ("b", 2)])
