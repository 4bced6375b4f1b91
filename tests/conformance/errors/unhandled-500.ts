import { Flask } from "flask";

export const app = new Flask("unhandled_500");

app.route("/boom", function boom() {
  throw new Error("missing");
});

app.route("/", function index() {
  return "fine";
});
