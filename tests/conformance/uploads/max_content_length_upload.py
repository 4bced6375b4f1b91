from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024


@app.errorhandler(413)
def too_large(error):
    return f"Too large: at most {app.config['MAX_CONTENT_LENGTH']} bytes", 413


@app.route("/upload", methods=["POST"])
def upload():
    photo = request.files["photo"]
    return f"{photo.filename}: {len(photo.read())} bytes"


@app.route("/no-read", methods=["POST"])
def no_read():
    return "the view never touched the body"
