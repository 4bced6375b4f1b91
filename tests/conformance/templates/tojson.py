from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def index():
    return render_template("tojson.html", data={"b": [1, 2], "a": "</script><b>&'"}, text="O'Reilly & <Co>")
