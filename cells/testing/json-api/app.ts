import { Flask, jsonify, request, urlFor } from "flask";

interface Book {
  id: number;
  title: string;
}

export function createApp(config?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  if (config) app.config.fromMapping(config);
  const books: Book[] = [];
  let nextId = 1;

  app.get("/api/books", function listBooks() {
    return jsonify(books);
  });

  app.post("/api/books", function createBook() {
    const data = request.getJson({ silent: true }) as { title?: unknown } | null;
    const title = typeof data?.title === "string" ? data.title.trim() : "";
    if (!title) return [{ error: "title is required" }, 400];
    const book = { id: nextId++, title };
    books.push(book);
    return [book, 201, { Location: urlFor("book", { book_id: book.id }) }];
  });

  app.get("/api/books/<int:book_id>", function book({ book_id }) {
    const found = books.find((b) => b.id === book_id);
    if (!found) return [{ error: "no such book" }, 404];
    return found;
  });

  app.delete("/api/books/<int:book_id>", function deleteBook({ book_id }) {
    const index = books.findIndex((b) => b.id === book_id);
    if (index === -1) return [{ error: "no such book" }, 404];
    books.splice(index, 1);
    return ["", 204];
  });

  return app;
}

const app = createApp();
app.run();
