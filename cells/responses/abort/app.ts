import { abort, Flask, request } from "flask";

const app = new Flask(import.meta.url);

const BOOKS: Record<number, string> = { 1: "Flask Web Development", 2: "Fluent Python" };

app.route("/books/<int:book_id>", function book({ book_id }) {
  if (!(book_id in BOOKS)) {
    abort(404);
  }
  return `<h1>${BOOKS[book_id]}</h1>`;
});

app.route("/search", function search() {
  const words = request.args.get("q", "").trim();
  if (!words) {
    abort(400, "Add what you are looking for: /search?q=flask");
  }
  return `Searching for ${words.length} characters of text.`;
});

app.route("/admin", function admin() {
  abort(403);
});

app.run();
