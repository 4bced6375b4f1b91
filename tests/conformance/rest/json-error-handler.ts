import { abort, Flask, HTTPException, jsonify, KeyError, request } from "flask";

export const app = new Flask("json_error_handler");

app.errorHandler(HTTPException, function handle_http(e: HTTPException) {
  const body: Record<string, unknown> = { code: e.code, name: e.name, description: e.description };
  const original = (e as HTTPException & { originalError?: Error }).originalError;
  if (original != null) body.original = original.constructor.name;
  return [jsonify(body), e.code];
});

app.get("/books/<int:id>", function book({ id }: { id: number }) {
  if (id !== 1) abort(404, { description: `There is no book number ${id}.` });
  return { id: 1 };
});

app.post("/books", function create() {
  const data = request.getJson() as { title?: string };
  if (!("title" in data)) abort(400, { description: "A book needs a title." });
  return [{ title: data.title }, 201];
});

app.get("/plain-abort", function plain_abort() {
  abort(403);
});

app.get("/teapot", function teapot() {
  abort(418, "Short and stout.");
});

app.get("/bug", function bug() {
  throw new KeyError("missing");
});

class ZeroDivisionError extends Error {}

app.get("/zero", function zero() {
  throw new ZeroDivisionError("division by zero");
});
