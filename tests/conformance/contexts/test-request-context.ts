import { Flask, request, urlFor } from "flask";

export const app = new Flask("test_request_context");

app.route("/search", function search() {
  return "";
});

const ctx = app.testRequestContext("/search?q=kolba", {
  method: "POST",
  headers: { "X-Test": "1" },
});
ctx.push();
const SEEN = `${request.method} ${request.path} ${request.args.get("q")} ${request.headers.get("X-Test")} ${request.endpoint ?? "None"} ${urlFor("search")}`;
ctx.pop();

app.route("/", function index() {
  return SEEN;
});
