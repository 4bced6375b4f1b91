from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.secret_key = "dev"

SEATS = ["1", "2", "3", "4"]


@app.route("/book", methods=["GET", "POST"])
def book():
    if request.method == "GET":
        return render_template("book.html", seats=SEATS, form={}, errors={})
    form = {
        "name": request.form.get("name", "").strip(),
        "email": request.form.get("email", "").strip(),
        "seats": request.form.get("seats", ""),
    }
    errors = {}
    if not form["name"]:
        errors["name"] = "Please tell us your name."
    if "@" not in form["email"]:
        errors["email"] = "That does not look like an e-mail address."
    if form["seats"] not in SEATS:
        errors["seats"] = "Choose 1 to 4 seats."
    if errors:
        return render_template("book.html", seats=SEATS, form=form, errors=errors), 400
    flash(f"Booked {form['seats']} seats for {form['name']}.")
    return redirect(url_for("book"))


if __name__ == "__main__":
    app.run()
