import { escape as escapeHtml, Flask, redirect, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "lesson-key-not-a-secret";
app.config.set("PERMANENT_SESSION_LIFETIME", 30 * 60); // seconds

const FORM = `<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <label><input type="checkbox" name="remember"> Remember me</label>
  <button type="submit">Log in</button>
</form>`;

app.route("/", function index() {
  const user = session.get("user");
  if (user === undefined) return FORM;
  const kept = session.permanent
    ? "for 30 minutes, even after the browser closes"
    : "until the browser closes";
  return `<p>Hello, ${escapeHtml(user)}. I will remember you ${kept}.</p><p><a href="/logout">Log out</a></p>`;
});

app.post("/login", function login() {
  session.user = request.form.get("user") || "guest";
  session.permanent = request.form.get("remember") === "on";
  return redirect(urlFor("index"));
});

app.route("/logout", function logout() {
  session.clear();
  return redirect(urlFor("index"));
});

app.run();
