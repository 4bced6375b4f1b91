import { Flask } from "flask";

const app = new Flask(import.meta.url);

function index() {
  return "<h1>Kolba library</h1>";
}

function about() {
  return "A small library of Flask examples.";
}

app.addUrlRule("/", "index", index);
app.addUrlRule("/about", "about", about);

app.run();
