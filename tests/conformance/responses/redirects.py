from flask import Flask, redirect, url_for

app = Flask(__name__)


@app.route("/target")
def target():
    return "target"


@app.route("/r/<int:code>")
def with_code(code):
    return redirect(url_for("target"), code=code)


@app.route("/default")
def default():
    return redirect("/target")


@app.route("/external")
def external():
    return redirect("https://example.com/a b?x=ą")


@app.route("/relative")
def relative():
    return redirect("target?x=1")
