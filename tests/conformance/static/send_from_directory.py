from flask import Flask, send_from_directory

app = Flask(__name__)


@app.route("/download/<path:name>")
def download(name):
    return send_from_directory("assets", name)


@app.route("/attach/<path:name>")
def attach(name):
    return send_from_directory("assets", name, as_attachment=True, download_name="report ą.txt")
