import { Flask, jsonify } from "flask";

export const app = new Flask("json_provider");
app.json.sortKeys = false;
app.json.ensureAscii = false;

app.route("/", function index() {
  return jsonify({ zeta: 1, alpha: "ąčę", mid: [3, 2, 1] });
});

app.route("/compact", function compact() {
  app.json.compact = false;
  try {
    return jsonify({ b: 1, a: { x: [1, 2] } });
  } finally {
    app.json.compact = null;
  }
});
