from flask import Flask, flash, get_flashed_messages, jsonify

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/flash")
def do_flash():
    flash("Plain message")
    flash("Bad password", "error")
    flash("Logged in", "success")
    flash("Disk almost full", "warning")
    return "flashed"


@app.route("/all")
def all_messages():
    return jsonify(get_flashed_messages(with_categories=True))


@app.route("/errors")
def errors():
    return jsonify(
        only=get_flashed_messages(category_filter=["error", "warning"]),
        with_categories=get_flashed_messages(with_categories=True, category_filter=["success"]),
    )
