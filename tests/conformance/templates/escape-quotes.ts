import { Flask, renderTemplateString } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplateString(`<a title="{{ text }}" data-x='{{ text }}'>{{ text|e }}</a>`, {
    text: `Tom's "quote" & <tag>`,
  });
});
