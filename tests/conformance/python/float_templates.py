from flask import Flask, render_template_string

app = Flask(__name__)

VALUES = {"x": 1.5e-05, "y": 0.0001, "z": -2.5e-07, "w": 0.1, "n": 9.99e-05}


@app.route("/print")
def printed():
    return render_template_string("{{ x }} {{ y }} {{ z }} {{ w }} {{ n }}", **VALUES)


@app.route("/containers")
def containers():
    return render_template_string(
        "{{ [x, y, z] }} {{ {'k': x} }} {{ x ~ '' }} {{ x|string }}", **VALUES
    )


@app.route("/tojson")
def tojson():
    return render_template_string(
        "<script>var v = {{ x|tojson }}, l = {{ [x, n]|tojson }};</script>", **VALUES
    )


@app.route("/arithmetic")
def arithmetic():
    return render_template_string("{{ x * 2 }} {{ 3 / 200000 }} {{ 1 / 3 }}", **VALUES)
