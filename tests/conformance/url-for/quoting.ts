import { Flask, urlFor } from "flask";

export const app = new Flask("quoting");

app.route("/page/<name>", function page() {
  return "";
});

app.route("/file/<path:p>", function file() {
  return "";
});

app.route("/", function index() {
  return [
    urlFor("page", { name: "a/b c" }),
    urlFor("page", { name: "ą?#" }),
    urlFor("file", { p: "dir/a b/c.txt" }),
  ].join(" ");
});
