from flask import Flask, url_for

app = Flask(__name__)


def about():
    return "about " + url_for("about_page")


def contact():
    return "contact"


app.add_url_rule("/about", "about_page", about)
app.add_url_rule("/contact", view_func=contact, methods=["GET", "POST"])
