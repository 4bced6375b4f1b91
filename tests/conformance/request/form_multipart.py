from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    upload = request.files.get("doc")
    return jsonify(
        title=request.form.get("title"),
        tags=request.form.getlist("tag"),
        files=sorted(request.files.keys()),
        filename=upload.filename if upload else None,
        content_type=upload.content_type if upload else None,
        content=upload.read().decode() if upload else None,
        many=[f.filename for f in request.files.getlist("many")],
        mimetype=request.mimetype,
    )
