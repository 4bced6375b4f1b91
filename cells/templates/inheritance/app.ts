import { Flask, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("index.html", { count: 3 });
});

app.route("/about", function about() {
  return renderTemplate("about.html");
});

app.run();
