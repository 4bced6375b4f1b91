from flask import Flask

app = Flask(__name__)


@app.route("/code/<string(length=3):code>")
def show(code):
    return f"code {code}"
