from flask import Flask, jsonify, request

app = Flask(__name__)


def describe(f):
    first = f.read()
    again = f.read()
    f.stream.seek(0)
    head = f.read(4)
    return {
        "filename": f.filename,
        "name": f.name,
        "content_type": f.content_type,
        "mimetype": f.mimetype,
        "mimetype_params": f.mimetype_params,
        "content_length": f.content_length,
        "size": len(first),
        "read_again": len(again),
        "head": head.decode("utf-8", "replace"),
        "text": first.decode("utf-8", "replace"),
        "has_filename": bool(f.filename),
        "disposition": f.headers.get("Content-Disposition"),
        "repr": repr(f),
        "str": str(f),
    }


@app.route("/files", methods=["POST"])
def files():
    return jsonify(
        fields=sorted(request.files.keys()),
        form=request.form.to_dict(flat=False),
        files={name: [describe(f) for f in request.files.getlist(name)] for name in request.files},
        missing=request.files.getlist("missing"),
        first_photo=request.files["photos"].filename if "photos" in request.files else None,
    )
