from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    return jsonify(
        {
            name: {
                "filename": f.filename,
                "mimetype": f.mimetype,
                "size": len(f.read()),
                "truthy": bool(f),
            }
            for name, f in request.files.items()
        }
    )
