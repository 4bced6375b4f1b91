import { Flask, renderTemplateString } from "flask";

export const app = new Flask(import.meta.url);

app.route("/<name>", function index({ name }) {
  return renderTemplateString("<p>{{ greeting }}, {{ name }}! {{ request.path }}</p>", {
    greeting: "Sveiki",
    name,
  });
});
