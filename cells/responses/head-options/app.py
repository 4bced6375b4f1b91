from flask import Flask, request

app = Flask(__name__)


@app.route("/hours")
def hours():
    text = "Monday to Friday, 10:00 to 18:00."
    return text, {"X-View-Saw": request.method}


@app.route("/suggest", methods=["GET", "POST"])
def suggest():
    if request.method == "POST":
        return "Thank you!"
    return "Send a POST request to suggest a book."


if __name__ == "__main__":
    app.run()
