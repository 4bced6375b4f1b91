import { abort, Flask, jsonify, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

type Book = { id: number; title: string; year: number };

const BOOKS: Book[] = [
  { id: 1, title: "Solaris", year: 1961 },
  { id: 2, title: "Emma", year: 1815 },
];
let nextId = 3;

const findBook = (id: number) => BOOKS.find((b) => b.id === id) ?? abort(404);

// GET the collection: read, safe.
app.get("/api/books", function listBooks() {
  return jsonify(BOOKS);
});

// POST to the collection: create a new item; the server picks its id.
app.post("/api/books", function createBook() {
  const data = request.getJson() as { title: string; year: number };
  const book = { id: nextId++, title: data.title, year: data.year };
  BOOKS.push(book);
  return [book, 201, { Location: urlFor("getBook", { id: book.id }) }];
});

// GET one item: read, safe.
app.get("/api/books/<int:id>", function getBook({ id }: { id: number }) {
  return findBook(id);
});

// PUT: replace the whole item with what the client sent.
app.put("/api/books/<int:id>", function replaceBook({ id }: { id: number }) {
  const book = findBook(id);
  const data = request.getJson() as { title: string; year: number };
  book.title = data.title;
  book.year = data.year;
  return book;
});

// PATCH: change only the fields the client sent.
app.patch("/api/books/<int:id>", function updateBook({ id }: { id: number }) {
  const book = findBook(id);
  const data = request.getJson() as Partial<Book>;
  if (data.title !== undefined) book.title = data.title;
  if (data.year !== undefined) book.year = data.year;
  return book;
});

// DELETE: remove the item; nothing is left to show, so 204 and an empty body.
app.delete("/api/books/<int:id>", function deleteBook({ id }: { id: number }) {
  const book = findBook(id);
  BOOKS.splice(BOOKS.indexOf(book), 1);
  return ["", 204];
});

app.run();
