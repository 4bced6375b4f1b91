from flask import Flask, redirect, url_for

app = Flask(__name__)
app.secret_key = "lesson-key-not-a-secret"

TEAS = ["green", "black", "mint"]

LOGIN_FORM = """<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <button type="submit">Log in</button>
</form>"""


@app.route("/")
def shop():
    # TODO: greet a logged-in user, show their cart and a link to add each tea
    return f"<p>Please log in.</p>{LOGIN_FORM}"


@app.post("/login")
def login():
    # TODO: keep the name in the session, with an empty cart; a blank name gets 400
    return redirect(url_for("shop"))


# TODO: /add/<tea> puts one of the TEAS in the cart; a visitor who is not logged in goes to /

# TODO: /logout forgets the user and the cart

if __name__ == "__main__":
    app.run()
