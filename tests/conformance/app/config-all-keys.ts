import { Flask, jsonify } from "flask";

export const app = new Flask("config_all_keys");

app.route("/", function keys() {
  return jsonify(Object.keys(app.config).sort());
});
