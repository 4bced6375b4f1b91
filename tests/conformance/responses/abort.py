from flask import Flask, abort

app = Flask(__name__)


@app.route("/code/<int:code>")
def by_code(code):
    abort(code)


@app.route("/described")
def described():
    abort(403, description="You shall not pass.")


@app.route("/unknown")
def unknown():
    try:
        abort(299)
    except LookupError as e:
        return f"LookupError: {e}"
