import { Flask, request } from "flask";

export const app = new Flask("before_request_short_circuit");

app.beforeRequest(function guard() {
  if (request.path.startsWith("/admin") && request.args.get("key") !== "open") {
    return ["blocked by before_request", 403];
  }
});

app.route("/admin", function admin() {
  return "admin area";
});

app.route("/", function index() {
  return "public";
});
