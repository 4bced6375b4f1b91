import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/projects/", function projects() {
  return "All projects";
});

app.route("/about", function about() {
  return "A small library of Flask examples.";
});

app.run();
