from flask import Flask, request

app = Flask(__name__)


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    if request.method == "POST":
        return "Thank you for your feedback!"
    return "Tell us what you think: send a POST request to this address."


@app.get("/login")
def login_form():
    return "Please log in."


@app.post("/login")
def login():
    return "You are logged in."


if __name__ == "__main__":
    app.run()
