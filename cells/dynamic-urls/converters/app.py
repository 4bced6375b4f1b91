from flask import Flask

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/user/<int:id>")
def profile(id):
    return f"User number {id}. The next one is {id + 1}."


@app.route("/price/<float:amount>")
def price(amount):
    return f"Price: {amount:.2f} EUR"


@app.route("/files/<path:subpath>")
def files(subpath):
    return f"You asked for the file {subpath}", PLAIN


@app.route("/tickets/<uuid:ticket>")
def show_ticket(ticket):
    return f"Ticket {ticket}"


@app.route("/lang/<any(en, lt, kk):code>/")
def language(code):
    return f"Language: {code}"


if __name__ == "__main__":
    app.run()
