import { Flask, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

const books = [
  { title: "Solaris", author: "Stanisław Lem", year: 1961 },
  { title: "Dune", author: "Frank Herbert", year: 1965 },
];
const pick = { title: "Momo", author: "Michael Ende", year: 1973 };

app.route("/catalog", function catalog() {
  return renderTemplate("catalog.html", { books, pick });
});

app.run();
