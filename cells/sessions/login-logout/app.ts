import { Flask, redirect, renderTemplate, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
// The same setting as app.secretKey, written as a config key.
app.config.set("SECRET_KEY", "lesson-key-not-a-secret");

app.route("/", function index() {
  return renderTemplate("index.html");
});

app.post("/login", function login() {
  const name = (request.form.get("user") ?? "").trim();
  if (!name) return ["A name is needed to log in.", 400];
  session.user = name;
  return redirect(urlFor("index"));
});

app.route("/logout", function logout() {
  session.pop("user", null);
  return redirect(urlFor("index"));
});

app.run();
