import { Flask, g, request } from "flask";

const app = new Flask(import.meta.url);

// TODO 1: a beforeRequest hook that keeps ?user=… in g.user

// TODO 2: a second beforeRequest hook: any path that starts with /admin/
// answers "Admins only" with 403 unless g.user is "admin"

// TODO 3: an afterRequest hook that adds the header X-User: the user's name, or "guest"

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
