from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_mapping({"SECRET_KEY": "dev", "lower": 1}, PAGE_SIZE=20)


@app.route("/")
def show():
    return jsonify(
        secret=app.config["SECRET_KEY"],
        page_size=app.config["PAGE_SIZE"],
        lower="lower" in app.config,
        missing=app.config.get("NOPE", "default"),
    )
