import { Flask, jsonify, request } from "flask";

export const app = new Flask("cookies");

app.route("/echo", function echo() {
  return jsonify({
    theme: request.cookies.get("theme") ?? null,
    missing: request.cookies.get("missing", "none"),
    all: request.cookies.toDict(),
  });
});
