from flask import Flask, Response

app = Flask(__name__)


@app.route("/<kind>")
def by_kind(kind):
    mimetypes = {
        "plain": "text/plain",
        "xml": "application/xml",
        "js": "application/javascript",
        "svg": "image/svg+xml",
        "bin": "application/octet-stream",
        "csv": "text/csv",
    }
    return Response("data", mimetype=mimetypes[kind])


@app.route("/explicit")
def explicit():
    return Response("data", content_type="text/plain; charset=latin-1")
