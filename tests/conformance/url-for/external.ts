import { Flask, urlFor } from "flask";

export const app = new Flask("external");

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return [urlFor("user", { uid: 3, _external: true }), urlFor("index", { _external: true })].join(
    " ",
  );
});
