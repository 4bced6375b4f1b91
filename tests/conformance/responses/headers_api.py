from flask import Flask, make_response

app = Flask(__name__)


@app.route("/")
def index():
    response = make_response("headers")
    response.headers["X-Set"] = "one"
    response.headers["x-set"] = "two"
    response.headers.add("X-Multi", "a")
    response.headers.add("X-Multi", "b")
    response.headers.add("X-Gone", "bye")
    del response.headers["X-Gone"]
    response.content_type = "text/plain; charset=utf-8"
    response.headers["X-Count"] = str(len(response.headers.getlist("X-Multi")))
    return response
