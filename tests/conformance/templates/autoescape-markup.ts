import { Flask, Markup, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("autoescape.html", {
    html: "<b>bold</b>",
    markup: new Markup("<i>{}</i>").format("<x>"),
  });
});
