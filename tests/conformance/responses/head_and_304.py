from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/etag")
def etag():
    response = make_response("tagged body")
    response.set_etag("v1")
    return response.make_conditional(request)
