from flask import Flask

app = Flask(__name__)


@app.route("/country/<string(length=2):code>")
def country(code):
    return f"Country code: {code}"


@app.route("/topics/<string(minlength=3, maxlength=20):name>")
def topic(name):
    return f"Topic: {name}"


@app.route("/archive/<int(fixed_digits=4):year>/<int(min=1, max=12):month>")
def archive(year, month):
    return f"Archive for {month}/{year}"


@app.route("/floor/<int(signed=True):level>")
def floor(level):
    return f"Floor {level}"


if __name__ == "__main__":
    app.run()
