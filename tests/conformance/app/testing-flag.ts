import { Flask, jsonify } from "flask";

export const app = new Flask("testing_flag");
app.testing = true;

app.route("/", function show() {
  return jsonify({ attr: app.testing, config: app.config.TESTING });
});
