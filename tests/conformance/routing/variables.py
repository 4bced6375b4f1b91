from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/blog/<int:year>/<int:month>/<slug>")
def post(year, month, slug):
    return jsonify(year=year, month=month, slug=slug)
