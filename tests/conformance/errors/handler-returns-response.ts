import { Flask, jsonify, makeResponse } from "flask";

export const app = new Flask("handler_returns_response");

app.errorHandler(405, function not_allowed(e) {
  const response = makeResponse(
    jsonify({ error: "method", allowed: [...e.validMethods].sort() }),
    405,
  );
  response.headers.set("X-Handled", "405");
  return response;
});

app.route("/only-get", function only_get() {
  return "get";
});
