import { Flask, urlFor } from "flask";

export const app = new Flask("static");

app.route("/", function index() {
  return [
    urlFor("static", { filename: "css/site.css" }),
    urlFor("static", { filename: "a b.png", v: 2 }),
  ].join(" ");
});
