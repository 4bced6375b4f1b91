import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "<h1>Kolba library</h1>";
});

app.route("/about", function about() {
  return "A small library of Flask examples.";
});

app.route("/projects/", function projects() {
  return "All projects";
});

app.route("/feedback", { methods: ["GET", "POST"] }, function feedback() {
  return "Tell us what you think.";
});

console.log(String(app.urlMap));

app.run();
