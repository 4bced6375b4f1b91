from flask import Flask

app = Flask(__name__)


def page():
    return "page"


app.add_url_rule("/one", "page", page)
app.add_url_rule("/two", "page", page)
