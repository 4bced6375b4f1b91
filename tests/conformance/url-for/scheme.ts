import { Flask, urlFor } from "flask";

export const app = new Flask("scheme");

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return urlFor("user", { uid: 5, _scheme: "https", _external: true });
});
