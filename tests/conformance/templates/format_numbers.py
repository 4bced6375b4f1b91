from flask import Flask, render_template_string

app = Flask(__name__)

VALUES = [0.0, -0.0, 1.0, 1.5e-05, 1234567.0, 1e16, 1e-07, 123.456, 0.5, 1.5, 2.5, 12.0,
          99999.95, float("inf"), float("-inf"), float("nan")]

PRINTF = (
    "{% for x in values %}"
    '{{ "%g"|format(x) }} {{ "%.3e"|format(x) }} {{ "%#.4g"|format(x) }} '
    '{{ "%+.2f"|format(x) }} {{ "%010.3e"|format(x) }} {{ "%G" % x }} {{ "%.0f" % x }}\n'
    "{% endfor %}"
)

STR_FORMAT = (
    "{% for x in values %}"
    '{{ "{:g}".format(x) }} {{ "{:.3}".format(x) }} {{ "{:,.2f}".format(x) }} '
    '{{ "{:.1%}".format(x) }} {{ "{:>12.4e}".format(x) }} {{ "{:z.1f}".format(x) }}\n'
    "{% endfor %}"
)


@app.route("/format-filter")
def format_filter():
    return render_template_string(PRINTF, values=VALUES)


@app.route("/str-format")
def str_format():
    return render_template_string(STR_FORMAT, values=VALUES)
