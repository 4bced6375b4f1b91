import { Flask, g, request } from "flask";

const app = new Flask(import.meta.url);

app.beforeRequest(function loadUser() {
  g.user = request.args.get("user");
});

app.beforeRequest(function adminsOnly() {
  if (request.path.startsWith("/admin/") && g.user !== "admin") {
    return ["Admins only", 403];
  }
});

app.afterRequest(function addUserHeader(response) {
  response.headers.set("X-User", (g.user as string | null) || "guest");
  return response;
});

app.route("/", function index() {
  return "Welcome to the notes app";
});

app.route("/admin/users", function users() {
  return "ona, jonas, admin";
});

app.route("/admin/stats", function stats() {
  return "3 users, 12 notes";
});

app.run();
