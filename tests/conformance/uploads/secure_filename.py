from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/secure", methods=["POST"])
def secure():
    return jsonify([[name, secure_filename(name)] for name in request.form.getlist("name")])
