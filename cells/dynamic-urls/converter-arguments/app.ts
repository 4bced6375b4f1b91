import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/country/<string(length=2):code>", function country({ code }) {
  return `Country code: ${code}`;
});

app.route("/topics/<string(minlength=3, maxlength=20):name>", function topic({ name }) {
  return `Topic: ${name}`;
});

app.route(
  "/archive/<int(fixed_digits=4):year>/<int(min=1, max=12):month>",
  function archive({ year, month }) {
    return `Archive for ${month}/${year}`;
  },
);

app.route("/floor/<int(signed=True):level>", function floor({ level }) {
  return `Floor ${level}`;
});

app.run();
