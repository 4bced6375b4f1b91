from flask import Flask, jsonify, url_for

app = Flask(__name__)


@app.route("/f/<float:x>")
def show(x):
    return jsonify(x)


@app.route("/build")
def build():
    return " ".join(
        [
            url_for("show", x=1.5e-05),
            url_for("show", x=0.25),
            url_for("build", q=1.5e-05),
            url_for("build", q=[0.0001, 2.5e-07]),
        ]
    )
