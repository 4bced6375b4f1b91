from flask import Flask, jsonify


class Settings:
    GREETING = "Labas"
    MAX_ITEMS = 3
    lowercase_ignored = "no"


class DevSettings(Settings):
    DEBUG_TOOLBAR = True
    MAX_ITEMS = 10


app = Flask(__name__)
app.config.from_object(DevSettings)


@app.route("/")
def show():
    return jsonify(
        greeting=app.config["GREETING"],
        max_items=app.config["MAX_ITEMS"],
        toolbar=app.config["DEBUG_TOOLBAR"],
        has_lowercase="lowercase_ignored" in app.config,
    )
