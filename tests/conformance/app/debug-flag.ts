import { Flask, jsonify } from "flask";

export const app = new Flask("debug_flag");

app.route("/", function show() {
  const before = app.debug;
  app.debug = true;
  const after = app.config.DEBUG;
  app.debug = false;
  return jsonify({ before, after, now: app.debug });
});
