import { Flask, g, request } from "flask";

const app = new Flask(import.meta.url);

app.beforeRequest(function loadUser() {
  g.user = request.args.get("user");
});

app.beforeRequest(function requireLogin() {
  if (g.user || request.endpoint === "index") return;
  return ["Please log in first (add ?user=ona to the address).", 401];
});

app.route("/", function index() {
  return "Home page: anyone may look.";
});

app.route("/notes", function notes() {
  return `Notes of ${g.user}: buy milk`;
});

app.route("/settings", function settings() {
  return `Settings of ${g.user}`;
});

app.run();
