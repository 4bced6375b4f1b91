from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/kwargs")
def kwargs():
    return jsonify(b=2, a=1)


@app.route("/args")
def args():
    return jsonify(1, "two", None)


@app.route("/one")
def one():
    return jsonify([1, 2])


@app.route("/scalar")
def scalar():
    return jsonify("text")


@app.route("/empty")
def empty():
    return jsonify()


@app.route("/numbers")
def numbers():
    return jsonify(i=10, f=2.5, big=12345678901234, neg=-0.5)


@app.route("/escape")
def escape():
    return jsonify(html="<script>&'\"</script>", uni="ąčę ☃", ctrl="a\tb\nc")
