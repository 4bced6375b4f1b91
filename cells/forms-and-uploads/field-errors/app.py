from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.secret_key = "dev"

cards = []


def validate(form):
    errors = {}
    if not form["name"]:
        errors["name"] = "Please tell us your name."
    elif len(form["name"]) > 40:
        errors["name"] = "A name has at most 40 characters."
    if not form["email"]:
        errors["email"] = "We need an e-mail address to send the card to."
    elif "@" not in form["email"]:
        errors["email"] = "That does not look like an e-mail address."
    if not form["agree"]:
        errors["agree"] = "Please accept the library rules."
    return errors


@app.route("/card", methods=["GET", "POST"])
def card():
    if request.method == "GET":
        return render_template("card.html", form={}, errors={})
    form = {
        "name": request.form.get("name", "").strip(),
        "email": request.form.get("email", "").strip(),
        "agree": "agree" in request.form,
    }
    errors = validate(form)
    if errors:
        return render_template("card.html", form=form, errors=errors), 400
    cards.append(form)
    flash(f"Welcome, {form['name']}! Card number {len(cards)} is yours.")
    return redirect(url_for("card"))


if __name__ == "__main__":
    app.run()
