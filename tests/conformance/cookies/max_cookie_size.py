from flask import Flask, make_response

app = Flask(__name__)
app.config["MAX_COOKIE_SIZE"] = 20


@app.route("/")
def index():
    response = make_response("big")
    response.set_cookie("big", "x" * 40)
    return response
