import { Flask, renderTemplate, renderTemplateString } from "flask";

const app = new Flask(import.meta.url);

const book = { title: "The Little Prince", author: "Antoine de Saint-Exupéry", year: 1943 };

app.route("/", function index() {
  return renderTemplate("index.html", { library: "Kolba library", book });
});

app.route("/hello/<name>", function hello({ name }) {
  return renderTemplateString("<p>Hello, {{ name|title }}!</p>", { name });
});

app.run();
