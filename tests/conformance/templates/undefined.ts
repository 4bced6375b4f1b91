import { Flask, renderTemplateString } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplateString(
    "[{{ missing }}] [{{ obj.nope }}] [{{ 'x' if missing is undefined }}] [{{ missing is defined }}]",
    { obj: {} },
  );
});
