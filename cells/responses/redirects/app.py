from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/books/")
def catalog():
    return "<h1>All books</h1>"


@app.route("/old-catalog")
def old_catalog():
    return redirect(url_for("catalog"), 301)


@app.route("/login")
def login():
    return "<h1>Please log in</h1>"


@app.route("/account")
def account():
    return redirect(url_for("login"))


@app.post("/reservations")
def reserve():
    return redirect(url_for("reservation", number=7), 303)


@app.route("/reservations/<int:number>")
def reservation(number):
    return f"<h1>Reservation {number}</h1>"


@app.post("/returns")
def returns():
    return redirect(url_for("returns_backup"), 307)


@app.post("/returns-backup")
def returns_backup():
    return f"Returned: {request.form.get('title', '?')}"


@app.post("/api/v1/returns")
def returns_v1():
    return redirect(url_for("returns_v2"), 308)


@app.post("/api/v2/returns")
def returns_v2():
    return {"returned": request.form.get("title", "?")}


if __name__ == "__main__":
    app.run()
