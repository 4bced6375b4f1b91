from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def everything(e):
    return f"caught {type(e).__name__}", getattr(e, "code", 500)


@app.route("/value")
def value():
    raise ValueError("bad")
