import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("child.html", { page: "About" });
});
