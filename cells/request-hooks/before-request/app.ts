import { Flask, g, request } from "flask";

const app = new Flask(import.meta.url);

// Until sessions arrive in a later lesson, ?user=ona stands in for a logged-in user.
app.beforeRequest(function loadUser() {
  g.user = request.args.get("user");
});

app.route("/", function index() {
  return g.user ? `Hello, ${g.user}!` : "Hello, guest!";
});

app.route("/notes", function notes() {
  return g.user ? `Notes of ${g.user}: buy milk` : "Log in to see your notes.";
});

app.run();
