import { Flask, g } from "flask";

export const app = new Flask("g_per_request");

app.beforeRequest(function load_user() {
  g.visits = ((g.visits as number | undefined) ?? 0) + 1;
  g.user = "ada";
});

app.route("/", function index() {
  return `${g.user} ${g.visits} ${g.get("missing", "none")} ${"user" in g ? "True" : "False"}`;
});
