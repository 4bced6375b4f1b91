import { abort, Flask, request, ValueError } from "flask";

const app = new Flask(import.meta.url);

const COPIES: Record<number, number> = { 1: 2, 2: 0 };

class OutOfStock extends Error {}

app.errorHandler(404, function page_not_found() {
  return ["<h1>No such page</h1><p>Try the <a href='/'>catalogue</a>.</p>", 404];
});

app.errorHandler(500, function server_error() {
  return ["<h1>Something broke</h1><p>We are on it.</p>", 500];
});

app.errorHandler(ValueError, function bad_value(e) {
  return [{ error: e.message }, 400];
});

app.errorHandler(OutOfStock, function out_of_stock(e) {
  return [{ error: `book ${e.message} is out of stock` }, 409];
});

app.route("/", function index() {
  return "<h1>Catalogue</h1>";
});

app.route("/borrow/<int:book_id>", function borrow({ book_id }) {
  if (!(book_id in COPIES)) {
    abort(404);
  }
  const days = request.args.get("days", 14, Number);
  if (!(1 <= days && days <= 30)) {
    throw new ValueError("days must be between 1 and 30");
  }
  if (COPIES[book_id] === 0) {
    throw new OutOfStock(String(book_id));
  }
  return { book: book_id, days };
});

app.route("/broken", function broken() {
  const shelves: Record<string, string[]> = { a: ["Flask Web Development"] };
  return shelves.b[0];
});

app.run();
