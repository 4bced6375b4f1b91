import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.post("/api/notes", function addNote() {
  const data = request.getJson({ silent: true }) as { text?: string } | null;
  if (typeof data !== "object" || data === null || !data.text) {
    return [{ error: 'Send JSON such as {"text": "Buy tea"}.' }, 400];
  }
  return [{ saved: data.text }, 201];
});

app.post("/echo", function echo() {
  return {
    mimetype: request.mimetype,
    raw: request.getData({ asText: true }),
    parsed: request.getJson({ force: true, silent: true }),
  };
});

app.run();
