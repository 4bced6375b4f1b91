import { Flask, urlFor } from "flask";

export const app = new Flask("method");

function item() {
  return "";
}

app.addUrlRule("/item", null, item, { methods: ["GET"] });
app.addUrlRule("/items", null, item, { methods: ["POST"] });

app.route("/", function index() {
  return [
    urlFor("item"),
    urlFor("item", { _method: "POST" }),
    urlFor("item", { _method: "GET" }),
  ].join(" ");
});
