import { Flask, renderTemplate, request } from "flask";

const app = new Flask(import.meta.url);

const books = [
  { title: "Solaris", author: "Stanisław Lem", rating: 5 },
  { title: "Dune", author: "Frank Herbert", rating: 4 },
  { title: "Momo", author: "Michael Ende", rating: 3 },
];

// TODO: a template filter "stars" that turns 4 into "★★★★☆"

app.route("/books", function bookList() {
  const q = request.args.get("q", "");
  const found = books.filter((b) => b.title.toLowerCase().includes(q.toLowerCase()));
  return renderTemplate("books.html", { books: found, q });
});

app.run();
