import { Flask, urlFor } from "flask";

export const app = new Flask("safe_characters");

app.route("/page/<name>", function page() {
  return "";
});

app.route("/", function index() {
  return [urlFor("index", { u: "ą/ė?:@" }), urlFor("page", { name: "a&b=c+d$e" })].join(" ");
});
