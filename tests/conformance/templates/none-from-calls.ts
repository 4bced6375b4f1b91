import { Flask, renderTemplateString, session } from "flask";

export const app = new Flask(import.meta.url);
app.secretKey = "none from calls";

const PAGE =
  "[{{ session.get('missing') }}] [{{ request.args.get('q') }}] " +
  "[{{ request.args.get('q')|default('fallback') }}] [{{ missing|default('fallback') }}] " +
  "[{{ session.get('missing') is none }}] [{% if request.args.get('q') %}yes{% else %}no{% endif %}] " +
  "[{{ missing }}]";

app.route("/", function index() {
  session.seen = true;
  return renderTemplateString(PAGE);
});
