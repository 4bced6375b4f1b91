import { Flask, urlFor } from "flask";

export const app = new Flask("anchor");

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return [
    urlFor("user", { uid: 3, _anchor: "top" }),
    urlFor("index", { _anchor: "sec 1/ą", x: 1 }),
  ].join(" ");
});
