import { Flask, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

type Book = { id: number; title: string; year: number };
const BOOKS: Book[] = [{ id: 1, title: "Solaris", year: 1961 }];

// Plain getJson: Flask decides what a bad body gets.
app.post("/api/strict", function strict() {
  return { received: request.getJson() };
});

app.post("/api/books", function createBook() {
  // 1. Is it JSON at all? Look at the Content-Type before reading.
  if (!request.isJson) {
    return [{ error: "send JSON with Content-Type: application/json" }, 415];
  }
  // 2. Does it parse? silent gives null instead of a 400 page.
  const data = request.getJson({ silent: true });
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ error: "the body must be a JSON object" }, 400];
  }
  // 3. Is every field right? Collect all problems, then answer once.
  const { title, year } = data as { title?: unknown; year?: unknown };
  const errors: Record<string, string> = {};
  if (typeof title !== "string" || title.trim() === "") {
    errors.title = "required, a non-empty string";
  }
  if (!Number.isInteger(year)) {
    errors.year = "required, a whole number";
  }
  if (Object.keys(errors).length > 0) {
    return [{ errors }, 422];
  }
  const book = { id: BOOKS.length + 1, title: (title as string).trim(), year: year as number };
  BOOKS.push(book);
  return [book, 201, { Location: urlFor("getBook", { id: book.id, _external: true }) }];
});

app.get("/api/books/<int:id>", function getBook({ id }: { id: number }) {
  return BOOKS.find((b) => b.id === id) ?? [{ error: "no such book" }, 404];
});

app.run();
