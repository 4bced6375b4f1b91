from markupsafe import Markup

from flask import Flask, flash, get_flashed_messages, jsonify

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/flash")
def do_flash():
    flash("first", "info")
    flash(Markup("<b>bold</b>"), "info")
    flash("third", "error")
    return "ok"


@app.route("/read")
def read():
    return jsonify(
        filtered=get_flashed_messages(with_categories=True, category_filter=["info"]),
        plain=get_flashed_messages(),
    )
