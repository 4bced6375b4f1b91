import os

from flask import Flask, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

UPLOAD_FOLDER = os.path.join(app.instance_path, "uploads")
os.makedirs(UPLOAD_FOLDER, exist_ok=True)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/")
def index():
    return """<form method="post" action="/upload" enctype="multipart/form-data">
  <input type="file" name="photos" multiple>
  <button type="submit">Upload them all</button>
</form>"""


@app.post("/upload")
def upload():
    photos = [photo for photo in request.files.getlist("photos") if photo.filename]
    if not photos:
        return "Choose at least one file.", 400, PLAIN
    items = []
    for photo in photos:
        name = secure_filename(photo.filename)
        if not name:
            continue
        photo.save(os.path.join(UPLOAD_FOLDER, name))
        url = url_for("uploaded", name=name)
        items.append(f'  <li><a href="{url}">{name}</a> ({photo.mimetype})</li>')
    return f"<p>{len(items)} of {len(photos)} files saved:</p>\n<ul>\n" + "\n".join(items) + "\n</ul>"


@app.get("/uploads/<name>")
def uploaded(name):
    return send_from_directory(UPLOAD_FOLDER, name)


if __name__ == "__main__":
    app.run()
