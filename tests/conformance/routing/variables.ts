import { Flask, jsonify } from "flask";

export const app = new Flask("variables");

app.route("/blog/<int:year>/<int:month>/<slug>", function post({ year, month, slug }) {
  return jsonify({ year, month, slug });
});
