from flask import Flask, request, url_for

app = Flask(__name__)


@app.route("/")
@app.route("/home")
@app.route("/index.html")
def home():
    return f"{request.path} -> {url_for('home')}"
