import { Flask, renderTemplate, renderTemplateString } from "flask";

const app = new Flask(import.meta.url);

const books = [
  { title: "Momo", pages: 304 },
  { title: "The Hobbit", pages: 310 },
  { title: "War and Peace", pages: 1225 },
];

app.contextProcessor(function injectLibrary() {
  return { library: "Kolba library", hours: "9:00–18:00" };
});

app.templateFilter("reading_time", function readingTime(pages: number) {
  const hours = Math.max(1, Math.floor(pages / 40));
  return hours === 1 ? "about an hour" : `about ${hours} hours`;
});

app.route("/", function index() {
  return renderTemplate("index.html", { books });
});

app.route("/contact", function contact() {
  return renderTemplateString("<p>{{ library }} is open {{ hours }}.</p>");
});

app.run();
