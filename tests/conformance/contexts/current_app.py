from flask import Flask, current_app

app = Flask(__name__)
app.config["GREETING"] = "Sveiki"


@app.route("/")
def index():
    return f"{current_app.name} {current_app.config['GREETING']} {current_app._get_current_object() is app}"
