import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "<h1>Kolba library</h1>";
});

app.route("/about", function about() {
  return "A small library of Flask examples.";
});

app.run();
