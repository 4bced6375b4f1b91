from flask import Flask
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


class PaymentRequired(HTTPException):
    code = 402
    description = "Please pay first."


@app.route("/")
def index():
    raise PaymentRequired()
