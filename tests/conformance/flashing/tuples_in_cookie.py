from flask import Flask, flash, get_flashed_messages, render_template_string

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/flash")
def do_flash():
    flash("Profile saved", "success")
    flash("Password too short", "error")
    return "flashed"


@app.route("/show")
def show():
    return render_template_string(
        "{{ get_flashed_messages(with_categories=true) }}|"
        "{% for category, message in get_flashed_messages(with_categories=true) %}"
        "[{{ category }}] {{ message }};{% endfor %}"
    )
