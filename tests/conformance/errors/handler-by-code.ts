import { abort, Flask, request } from "flask";

export const app = new Flask("handler_by_code");

app.errorHandler(404, function not_found(e) {
  return [`custom 404 for ${request.path}: ${e.name} (${e.code})`, 404];
});

app.errorHandler(403, function forbidden(e) {
  return `forbidden: ${e.description}`;
});

app.route("/secret", function secret() {
  abort(403, "members only");
});
