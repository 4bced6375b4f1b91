from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20


@app.route("/echo", methods=["POST"])
def echo():
    return f"{len(request.get_data())} bytes"
