from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

FORM = """<form method="post">
  <label>Name <input name="name"></label>
  <label>E-mail <input name="email"></label>
  <button>Subscribe</button>
</form>"""


@app.route("/subscribe", methods=["GET", "POST"])
def subscribe():
    if request.method == "GET":
        return FORM
    email = request.form.get("email", "").strip()
    if not email:
        return "Please give an e-mail address.", 400, PLAIN
    name = request.form.get("name", "").strip() or "friend"
    return f"Thank you, {name}! The news will go to {email}.", PLAIN


@app.route("/greet", methods=["GET", "POST"])
def greet():
    name = request.values.get("name", "stranger")
    return f"Hello, {name}! ({request.method})", PLAIN


if __name__ == "__main__":
    app.run()
