import { abort, Flask } from "flask";

export const app = new Flask(import.meta.url);

app.get("/", function index() {
  return "Hello, tests";
});

app.get("/books/<int:book_id>", function book({ book_id }) {
  if (book_id > 2) abort(404);
  return { id: book_id, title: `Book ${book_id}` };
});

app.get("/boom", function boom() {
  throw new Error("the view broke");
});

app.run();
