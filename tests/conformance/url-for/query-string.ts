import { Flask, urlFor } from "flask";

export const app = new Flask("query_string");

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return [
    urlFor("user", { uid: 1, q: "a b&c", page: 2 }),
    urlFor("index", { tag: ["x", "y"] }),
    urlFor("index", { empty: "", n: null }),
  ].join(" ");
});
