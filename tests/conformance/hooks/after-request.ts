import { Flask } from "flask";

export const app = new Flask("after_request");

app.afterRequest(function add_header(response) {
  response.headers.set("X-Processed", "yes");
  return response;
});

app.afterRequest(function wrap(response) {
  response.headers.set("X-Order", (response.headers.get("X-Order") ?? "") + "wrap,");
  return response;
});

app.route("/", function index() {
  return "body";
});
