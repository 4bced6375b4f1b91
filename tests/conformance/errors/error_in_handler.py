from flask import Flask

app = Flask(__name__)


@app.errorhandler(404)
def broken(e):
    raise RuntimeError("handler failed")
