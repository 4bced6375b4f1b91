import { abort, Flask, jsonify } from "flask";

const app = new Flask(import.meta.url);

// Two resources live here: the collection /api/books and each book in it.
const BOOKS = [
  {
    id: 1,
    title: "Solaris",
    year: 1961,
    author: { name: "Stanisław Lem", country: "Poland" },
    tags: ["science fiction", "classic"],
  },
  {
    id: 2,
    title: "Emma",
    year: 1815,
    author: { name: "Jane Austen", country: "England" },
    tags: ["novel"],
  },
];

const findBook = (id: number) => BOOKS.find((b) => b.id === id) ?? null;

app.get("/api/books", function listBooks() {
  // A list of objects, each with an object and a list inside: jsonify takes it all.
  return jsonify(BOOKS);
});

app.get("/api/books/<int:id>", function getBook({ id }: { id: number }) {
  const book = findBook(id);
  if (book === null) {
    abort(404);
  }
  // A plain object is JSON by itself.
  return book;
});

app.get("/api/books/<int:id>/author", function getAuthor({ id }: { id: number }) {
  const book = findBook(id) ?? abort(404);
  return book.author;
});

app.run();
