import { Flask, type ViewArgs } from "flask";

export const app = new Flask("rule_defaults");

function users({ page }: ViewArgs) {
  return `users page ${page}`;
}

// Python's stacked decorators register the bottom rule first.
app.route("/users/page/<int:page>", users);
app.route("/users/", { defaults: { page: 1 } }, users);
