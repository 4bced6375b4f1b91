from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        method=request.method,
        url=request.url,
        base_url=request.base_url,
        url_root=request.url_root,
        host_url=request.host_url,
        path=request.path,
        full_path=request.full_path,
        query_string=request.query_string.decode(),
        scheme=request.scheme,
        host=request.host,
        is_secure=request.is_secure,
    )
