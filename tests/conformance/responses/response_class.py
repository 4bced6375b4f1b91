from flask import Flask, Response, jsonify

app = Flask(__name__)


@app.route("/")
def index():
    response = Response("made by hand", status=201, mimetype="text/plain", headers={"X-Kind": "manual"})
    response.headers["X-Extra"] = "1"
    return response


@app.route("/attrs")
def attrs():
    r = Response("abc", status=202, mimetype="application/xml")
    return jsonify(
        status=r.status,
        status_code=r.status_code,
        mimetype=r.mimetype,
        content_type=r.content_type,
        data=r.get_data(as_text=True),
        length=r.content_length,
        is_json=r.is_json,
        default_mimetype=Response.default_mimetype,
    )


@app.route("/status-change")
def status_change():
    r = Response("changed")
    r.status_code = 404
    return r
