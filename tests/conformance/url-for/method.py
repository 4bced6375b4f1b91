from flask import Flask, url_for

app = Flask(__name__)


def item():
    return ""


app.add_url_rule("/item", view_func=item, methods=["GET"])
app.add_url_rule("/items", view_func=item, methods=["POST"])


@app.route("/")
def index():
    return " ".join([url_for("item"), url_for("item", _method="POST"), url_for("item", _method="GET")])
