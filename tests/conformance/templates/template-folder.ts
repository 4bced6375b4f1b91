import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url, { templateFolder: "templates/partials" });

app.route("/", function index() {
  return renderTemplate("nav.html", { nav: [{ href: "/x", label: "X" }] });
});
