import { abort, Flask, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

const books = [
  { id: 1, title: "Solaris" },
  { id: 2, title: "Dune" },
];

app.route("/", function index() {
  return renderTemplate("index.html", { books });
});

app.route("/books/<int:id>", function book({ id }) {
  const found = books.find((b) => b.id === id);
  if (!found) abort(404);
  return renderTemplate("book.html", { book: found });
});

app.run();
