import { Flask, renderTemplateString } from "flask";

export const app = new Flask("format_numbers");

const VALUES = [
  0.0,
  -0.0,
  1.0,
  1.5e-5,
  1234567.0,
  1e16,
  1e-7,
  123.456,
  0.5,
  1.5,
  2.5,
  12.0,
  99999.95,
  Infinity,
  -Infinity,
  NaN,
];

const PRINTF =
  "{% for x in values %}" +
  '{{ "%g"|format(x) }} {{ "%.3e"|format(x) }} {{ "%#.4g"|format(x) }} ' +
  '{{ "%+.2f"|format(x) }} {{ "%010.3e"|format(x) }} {{ "%G" % x }} {{ "%.0f" % x }}\n' +
  "{% endfor %}";

const STR_FORMAT =
  "{% for x in values %}" +
  '{{ "{:g}".format(x) }} {{ "{:.3}".format(x) }} {{ "{:,.2f}".format(x) }} ' +
  '{{ "{:.1%}".format(x) }} {{ "{:>12.4e}".format(x) }} {{ "{:z.1f}".format(x) }}\n' +
  "{% endfor %}";

app.route("/format-filter", function formatFilter() {
  return renderTemplateString(PRINTF, { values: VALUES });
});

app.route("/str-format", function strFormat() {
  return renderTemplateString(STR_FORMAT, { values: VALUES });
});
