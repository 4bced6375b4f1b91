import { Flask, jsonify, request } from "flask";

export const app = new Flask("read");

app.route("/", function index() {
  return jsonify({
    theme: request.cookies.get("theme", "light"),
    count: request.cookies.get("count", 0, Number),
    names: [...request.cookies.keys()].sort(),
  });
});
