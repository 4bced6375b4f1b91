from flask import Flask, request, url_for

app = Flask(__name__)


@app.route("/search")
def search():
    return ""


with app.test_request_context("/search?q=kolba", method="POST", headers={"X-Test": "1"}):
    SEEN = f"{request.method} {request.path} {request.args['q']} {request.headers['X-Test']} {request.endpoint} {url_for('search')}"


@app.route("/")
def index():
    return SEEN
