from flask import Flask

app = Flask(__name__)


class PaymentError(Exception):
    pass


@app.errorhandler(500)
def server_error(e):
    original = e.original_exception
    return f"500 handler: {e.code} {e.name}; original {type(original).__name__}: {original}", 500


@app.route("/pay")
def pay():
    raise PaymentError("card declined")


@app.route("/abort500")
def abort500():
    from flask import abort

    abort(500)
