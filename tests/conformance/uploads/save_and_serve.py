import os

from flask import Flask, abort, redirect, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.instance_path, "uploads")
os.makedirs(app.config["UPLOAD_FOLDER"], exist_ok=True)


@app.route("/upload", methods=["POST"])
def upload():
    if "photo" not in request.files:
        return "No file part", 400
    photo = request.files["photo"]
    if photo.filename == "":
        return "No selected file", 400
    name = secure_filename(photo.filename)
    if not name:
        abort(400)
    photo.save(os.path.join(app.config["UPLOAD_FOLDER"], name))
    return redirect(url_for("uploaded", name=name))


@app.route("/uploads/<path:name>")
def uploaded(name):
    return send_from_directory(app.config["UPLOAD_FOLDER"], name)


@app.route("/list")
def listing():
    return ", ".join(sorted(os.listdir(app.config["UPLOAD_FOLDER"])))


@app.route("/read-then-save", methods=["POST"])
def read_then_save():
    f = request.files["doc"]
    size = len(f.read())
    f.save(os.path.join(app.config["UPLOAD_FOLDER"], "after-read.txt"))
    f.stream.seek(0)
    f.save(os.path.join(app.config["UPLOAD_FOLDER"], "after-seek.txt"))
    return f"read {size} bytes"


@app.route("/nowhere", methods=["POST"])
def nowhere():
    request.files["doc"].save(os.path.join(app.instance_path, "missing-folder", "a.txt"))
    return "saved"
