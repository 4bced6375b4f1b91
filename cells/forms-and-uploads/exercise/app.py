from flask import Flask, render_template, request

app = Flask(__name__)

SEATS = ["1", "2", "3", "4"]


@app.route("/book", methods=["GET", "POST"])
def book():
    if request.method == "GET":
        return render_template("book.html", seats=SEATS, problems=[], done="")
    name = request.form.get("name", "").strip()
    email = request.form.get("email", "").strip()
    seats = request.form.get("seats", "")
    problems = []
    if not name:
        problems.append("Please tell us your name.")
    if "@" not in email:
        problems.append("That does not look like an e-mail address.")
    if problems:
        return render_template("book.html", seats=SEATS, problems=problems, done="")
    done = f"Booked {seats} seats for {name}."
    return render_template("book.html", seats=SEATS, problems=problems, done=done)


if __name__ == "__main__":
    app.run()
