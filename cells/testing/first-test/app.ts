import { abort, Flask } from "flask";

export const app = new Flask(import.meta.url);

const BOOKS: Record<number, string> = { 1: "Dune", 2: "Emma" };

app.get("/", function index() {
  return "Welcome to the Kolba library";
});

app.get("/books/<int:book_id>", function book({ book_id }) {
  if (!(book_id in BOOKS)) abort(404);
  return { id: book_id, title: BOOKS[book_id] };
});

// Under Run tests this serves nothing: the tests talk to the app through the test client.
app.run();
