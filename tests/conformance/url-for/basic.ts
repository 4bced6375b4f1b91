import { Flask, urlFor } from "flask";

export const app = new Flask("basic");

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return [urlFor("index"), urlFor("user", { uid: 7 })].join(" ");
});
