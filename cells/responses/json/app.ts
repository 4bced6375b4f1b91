import { Flask, jsonify } from "flask";

const app = new Flask(import.meta.url);

const BOOKS = [
  { id: 1, title: "Flask Web Development", year: 2018 },
  { id: 2, title: "Fluent Python", year: 2022 },
];

app.route("/api/books", function books() {
  return jsonify(BOOKS);
});

app.route("/api/books/<int:book_id>", function book({ book_id }) {
  for (const found of BOOKS) {
    if (found.id === book_id) {
      return found;
    }
  }
  return [{ error: "no such book", id: book_id }, 404];
});

app.route("/api/stats", function stats() {
  return jsonify({ books: BOOKS.length, newest: 2022 });
});

app.run();
