from flask import Flask, redirect, session, url_for

app = Flask(__name__)
app.secret_key = "lesson-key-not-a-secret"

ITEMS = ["tea", "milk", "honey"]


@app.route("/")
def cart():
    items = session.get("cart", [])
    links = " · ".join(
        f'<a href="/add/{i}">add {i}</a> (<a href="/add-quietly/{i}">quietly</a>)'
        for i in ITEMS
    )
    return (
        f"<p>Cart: {', '.join(items) or 'empty'}</p>"
        f'<p>{links}</p><p><a href="/empty">Empty the cart</a></p>'
    )


@app.route("/add-quietly/<any(tea, milk, honey):item>")
def add_quietly(item):
    # Changes the list inside the session, and nobody tells the session.
    session.setdefault("cart", []).append(item)
    return redirect(url_for("cart"))


@app.route("/add/<any(tea, milk, honey):item>")
def add(item):
    session.setdefault("cart", []).append(item)
    session.modified = True
    return redirect(url_for("cart"))


@app.route("/empty")
def empty():
    session["cart"] = []
    return redirect(url_for("cart"))


if __name__ == "__main__":
    app.run()
