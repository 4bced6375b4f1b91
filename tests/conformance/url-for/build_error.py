from flask import Flask, url_for

app = Flask(__name__)

from werkzeug.routing import BuildError


def build_error():
    messages = []
    for endpoint, values in [("usr", {}), ("user", {}), ("nothing_like_it", {}), ("user", {"name": "x"})]:
        try:
            messages.append(url_for(endpoint, **values))
        except BuildError as e:
            messages.append(str(e))
    return "\n---\n".join(messages)


@app.route("/user/<int:uid>")
def user(uid):
    return ""


@app.route("/")
def index():
    return build_error()
