import { Flask, session } from "flask";

export const app = new Flask("modified");
app.secretKey = "kolba-conformance";

app.route("/init", function init() {
  session.basket = [];
  return "init";
});

app.route("/append-silently/<item>", function append_silently({ item }) {
  (session.basket as string[]).push(item);
  return `modified=${session.modified ? "True" : "False"}`;
});

app.route("/append/<item>", function append({ item }) {
  (session.basket as string[]).push(item);
  session.modified = true;
  return `modified=${session.modified ? "True" : "False"}`;
});

app.route("/basket", function basket() {
  return (session.get("basket", []) as string[]).join(",");
});
