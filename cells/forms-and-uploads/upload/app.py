import os

from flask import Flask, redirect, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

UPLOAD_FOLDER = os.path.join(app.instance_path, "uploads")
os.makedirs(UPLOAD_FOLDER, exist_ok=True)

ALLOWED = ["png", "jpg", "jpeg", "gif", "txt"]
PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/")
def index():
    return """<form method="post" action="/upload" enctype="multipart/form-data">
  <input type="file" name="photo">
  <button type="submit">Upload</button>
</form>"""


@app.post("/upload")
def upload():
    if "photo" not in request.files:
        return "No file arrived. Does the form have enctype=multipart/form-data?", 400, PLAIN
    photo = request.files["photo"]
    if not photo.filename:
        return "Choose a file first.", 400, PLAIN
    name = secure_filename(photo.filename)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED:
        return f"Only these files, please: {', '.join(ALLOWED)}.", 400, PLAIN
    photo.save(os.path.join(UPLOAD_FOLDER, name))
    return redirect(url_for("uploaded", name=name))


@app.get("/uploads/<name>")
def uploaded(name):
    return send_from_directory(UPLOAD_FOLDER, name)


if __name__ == "__main__":
    app.run()
