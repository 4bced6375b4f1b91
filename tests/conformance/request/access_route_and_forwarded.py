from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/")
def index():
    return jsonify(remote_addr=request.remote_addr, access_route=list(request.access_route), host=request.host)
