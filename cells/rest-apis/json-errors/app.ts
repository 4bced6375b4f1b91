import { abort, Flask, HTTPException, jsonify, request } from "flask";

const app = new Flask(import.meta.url);

const BOOKS = [{ id: 1, title: "Solaris", year: 1961 }];

// Every HTTP error (abort, routing's 404 and 405, getJson's 400) answers in JSON.
app.errorHandler(HTTPException, function handleHttpError(e: HTTPException) {
  return [jsonify({ code: e.code, name: e.name, description: e.description }), e.code];
});

app.get("/api/books/<int:id>", function getBook({ id }: { id: number }) {
  const book = BOOKS.find((b) => b.id === id);
  if (book === undefined) {
    abort(404, { description: `There is no book number ${id}.` });
  }
  return book;
});

app.post("/api/books", function createBook() {
  const data = request.getJson() as { title?: string };
  if (!data.title) {
    abort(400, { description: "A book needs a title." });
  }
  return [{ id: BOOKS.length + 1, title: data.title }, 201];
});

// A bug, not an HTTP error: the handler above does not see it.
app.get("/api/report", function report() {
  const totals = {} as { pages: number };
  return { average: totals.pages.toFixed(1) };
});

app.run();
