from flask import Flask, abort

app = Flask(__name__)


@app.route("/<int:code>")
def fail(code):
    abort(code)
