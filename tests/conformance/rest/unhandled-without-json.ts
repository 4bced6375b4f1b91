import { abort, Flask, HTTPException, jsonify, ValueError } from "flask";

export const app = new Flask("unhandled_without_json");

app.errorHandler(404, function not_found(e: HTTPException) {
  return [jsonify({ error: e.description }), 404];
});

app.errorHandler(Error, function any_error(e: Error) {
  // Flask's docs: pass HTTP errors through untouched, answer the rest as JSON.
  if (e instanceof HTTPException) return e;
  return [jsonify({ error: "internal error", kind: e.constructor.name }), 500];
});

app.get("/missing", function missing() {
  abort(404, { description: "No such thing." });
});

app.get("/forbidden", function forbidden() {
  abort(403);
});

app.get("/bug", function bug() {
  throw new ValueError("bad value");
});
