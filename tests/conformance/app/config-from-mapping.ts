import { Flask, jsonify } from "flask";

export const app = new Flask("config_from_mapping");
app.config.fromMapping({ SECRET_KEY: "dev", lower: 1 }, { PAGE_SIZE: 20 });

app.route("/", function show() {
  return jsonify({
    secret: app.config.SECRET_KEY,
    page_size: app.config.PAGE_SIZE,
    lower: "lower" in app.config,
    missing: app.config.get("NOPE", "default"),
  });
});
