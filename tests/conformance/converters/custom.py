from flask import Flask, url_for
from werkzeug.routing import BaseConverter


class ListConverter(BaseConverter):
    regex = r"[a-z]+(?:,[a-z]+)*"

    def to_python(self, value):
        return value.split(",")

    def to_url(self, value):
        return ",".join(value)


app = Flask(__name__)
app.url_map.converters["list"] = ListConverter


@app.route("/tags/<list:tags>")
def tags(tags):
    return f"{len(tags)} tags: {' '.join(tags)} {url_for('tags', tags=['x', 'y'])}"
