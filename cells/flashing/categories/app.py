from flask import Flask, abort, flash, redirect, render_template, url_for

app = Flask(__name__)
app.secret_key = "dev"

books = {
    "dune": {"title": "Dune", "on_loan": False},
    "solaris": {"title": "Solaris", "on_loan": True},
    "momo": {"title": "Momo", "on_loan": False},
}


@app.get("/")
def index():
    return render_template("shelf.html", books=books)


@app.post("/borrow/<slug>")
def borrow(slug):
    book = books.get(slug) or abort(404)
    if book["on_loan"]:
        flash(f"{book['title']} is already on loan.", "error")
    else:
        book["on_loan"] = True
        flash(f"You borrowed {book['title']}.", "success")
        flash("Please bring it back within 14 days.", "info")
    return redirect(url_for("index"))


@app.post("/return/<slug>")
def give_back(slug):
    book = books.get(slug) or abort(404)
    book["on_loan"] = False
    flash(f"Thank you for returning {book['title']}.")
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
