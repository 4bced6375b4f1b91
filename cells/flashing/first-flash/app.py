from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.secret_key = "dev"

visitors = []


@app.get("/")
def index():
    return render_template("guestbook.html", visitors=visitors)


@app.post("/sign")
def sign():
    name = request.form.get("name", "")
    visitors.append(name)
    flash(f"Thank you for signing, {name}!")
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
