import { Flask } from "flask";

export const app = new Flask("hello");

app.route("/", function index() {
  return "Hello, World!";
});
