from flask import Flask, url_for

app = Flask(__name__)



@app.route("/")
def index():
    return " ".join([url_for("static", filename="css/site.css"), url_for("static", filename="a b.png", v=2)])
