from flask import Flask, request

app = Flask(__name__)


@app.route("/form", methods=["POST"])
def form():
    return f"Hello {request.form['name']}"


@app.route("/args")
def args():
    return f"q={request.args['q']}"


@app.route("/values", methods=["GET", "POST"])
def values():
    return f"v={request.values['v']}"


@app.route("/files", methods=["POST"])
def files():
    return f"file={request.files['doc'].filename}"


@app.route("/cookies")
def cookies():
    return f"theme={request.cookies['theme']}"


@app.route("/headers")
def headers():
    return f"token={request.headers['X-Token']} same={request.headers['x_token']}"


@app.route("/has", methods=["POST"])
def has():
    return f"name: {'name' in request.form}, age: {'age' in request.form}"


@app.route("/handled", methods=["POST"])
def handled():
    try:
        return request.form["name"]
    except KeyError as e:
        return f"no {e.args[0]}", 422
