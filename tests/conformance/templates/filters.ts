import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("filters.html", { word: "KolBa", items: ["x", "y", "z"] });
});
