from flask import Flask
from werkzeug.routing import BaseConverter, ValidationError


class EvenConverter(BaseConverter):
    regex = r"\d+"

    def to_python(self, value):
        if int(value) % 2:
            raise ValidationError()
        return int(value)


app = Flask(__name__)
app.url_map.converters["even"] = EvenConverter


@app.route("/even/<even:n>")
def even(n):
    return f"even {n}"


@app.route("/even/<path:n>")
def odd(n):
    return f"odd {n}"
