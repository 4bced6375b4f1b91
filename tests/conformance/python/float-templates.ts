import { Flask, renderTemplateString } from "flask";

export const app = new Flask("float_templates");

const VALUES = { x: 1.5e-5, y: 0.0001, z: -2.5e-7, w: 0.1, n: 9.99e-5 };

app.route("/print", function printed() {
  return renderTemplateString("{{ x }} {{ y }} {{ z }} {{ w }} {{ n }}", VALUES);
});

app.route("/containers", function containers() {
  return renderTemplateString("{{ [x, y, z] }} {{ {'k': x} }} {{ x ~ '' }} {{ x|string }}", VALUES);
});

app.route("/tojson", function tojson() {
  return renderTemplateString(
    "<script>var v = {{ x|tojson }}, l = {{ [x, n]|tojson }};</script>",
    VALUES,
  );
});

app.route("/arithmetic", function arithmetic() {
  return renderTemplateString("{{ x * 2 }} {{ 3 / 200000 }} {{ 1 / 3 }}", VALUES);
});
