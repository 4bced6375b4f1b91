import { Flask } from "flask";

export const app = new Flask("rule_ordering");

app.route("/user/<name>", function by_name({ name }) {
  return `name ${name}`;
});

app.route("/user/me", function me() {
  return "me";
});

app.route("/user/<int:uid>", function by_id({ uid }) {
  return `id ${uid}`;
});

app.route("/<path:anything>", function fallback({ anything }) {
  return `fallback ${anything}`;
});
