import { abort, Flask, request } from "flask";

export const app = new Flask("before_request_abort");

app.beforeRequest(function require_token() {
  if (request.headers.get("Authorization") !== "Bearer ok") abort(401);
});

app.afterRequest(function mark(response) {
  response.headers.set("X-After", String(response.statusCode));
  return response;
});

app.route("/", function index() {
  return "authorized";
});
