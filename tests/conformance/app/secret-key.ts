import { Flask, jsonify } from "flask";

export const app = new Flask("secret_key");

app.route("/", function show() {
  const before = app.secretKey;
  app.secretKey = "s3cret";
  return jsonify({ before, attr: app.secretKey, config: app.config.SECRET_KEY });
});
