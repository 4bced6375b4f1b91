from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.secret_key = "dev"

entries = []


@app.get("/")
def index():
    return render_template("guestbook.html", entries=entries, form={})


@app.post("/sign")
def sign():
    name = request.form.get("name", "").strip()
    message = request.form.get("message", "").strip()
    errors = []
    if not name:
        errors.append("Please tell us your name.")
    if not message:
        errors.append("Please write a message.")
    elif len(message) > 200:
        errors.append("Keep the message to 200 characters.")
    if errors:
        for error in errors:
            flash(error, "error")
        form = {"name": name, "message": message}
        return render_template("guestbook.html", entries=entries, form=form), 400
    entries.append({"name": name, "message": message})
    flash(f"Thank you, {name}! Your message is in the book.", "success")
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
