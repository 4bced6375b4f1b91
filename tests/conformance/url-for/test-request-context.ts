import { Flask, urlFor } from "flask";

export const app = new Flask("test_request_context");

app.route("/user/<name>", function user() {
  return "";
});

const ctx = app.testRequestContext();
ctx.push();
const BUILT = urlFor("user", { name: "ada", _external: true });
ctx.pop();

app.route("/", function index() {
  return BUILT;
});
