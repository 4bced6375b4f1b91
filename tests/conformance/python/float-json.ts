import { dumps, Flask, jsonify } from "flask";

export const app = new Flask("float_json");

const SMALL = [1.5e-5, 1e-5, 0.0001, 0.00012, -2.5e-7, 3.14e-100];
const PLAIN = [0.1, 123.456, -0.5, 1234567.125, 0.30000000000000004];

app.route("/jsonify", function small() {
  return jsonify({ small: SMALL, plain: PLAIN, one: 1.5e-5 });
});

app.route("/dumps", function dumpsView() {
  return dumps({ x: 1.5e-5, y: [0.0001, 9.99e-5] });
});

app.route("/pretty", function pretty() {
  app.json.compact = false;
  try {
    return jsonify({ x: 1.5e-5, y: [2.5e-6] });
  } finally {
    app.json.compact = null;
  }
});
