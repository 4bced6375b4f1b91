from flask import Flask, redirect, render_template, request, url_for

app = Flask(__name__)

visitors = []


@app.get("/")
def index():
    return render_template("guestbook.html", visitors=visitors)


@app.post("/naive")
def naive():
    visitors.append(request.form.get("name", ""))
    return render_template("guestbook.html", visitors=visitors)


@app.post("/sign")
def sign():
    visitors.append(request.form.get("name", ""))
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
