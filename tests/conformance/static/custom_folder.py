from flask import Flask, url_for

app = Flask(__name__, static_folder="assets", static_url_path="/files")


@app.route("/urls")
def urls():
    return url_for("static", filename="file.txt")
