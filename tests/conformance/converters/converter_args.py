from flask import Flask
from werkzeug.routing import BaseConverter


class PrefixConverter(BaseConverter):
    def __init__(self, url_map, prefix):
        super().__init__(url_map)
        self.regex = prefix + r"-\d+"

    def to_python(self, value):
        return value.split("-")[1]


app = Flask(__name__)
app.url_map.converters["prefixed"] = PrefixConverter


@app.route("/ticket/<prefixed('KB'):num>")
def ticket(num):
    return f"ticket {num}"
