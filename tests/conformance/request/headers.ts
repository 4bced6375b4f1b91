import { Flask, jsonify, request } from "flask";

export const app = new Flask("headers");

app.route("/echo", function echo() {
  return jsonify({
    custom: request.headers.get("X-Custom") ?? null,
    lower: request.headers.get("x-custom") ?? null,
    missing: request.headers.get("X-Missing", "default"),
    accept: request.headers.get("Accept") ?? null,
    number: request.headers.get("X-Number", null, Number),
    has: request.headers.has("X-Custom"),
  });
});
