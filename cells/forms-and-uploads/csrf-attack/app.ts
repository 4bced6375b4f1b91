import { Flask, abort, redirect, renderTemplate, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const emails: Record<string, string> = { ona: "ona@example.com", jonas: "jonas@example.com" };

app.get("/", function index() {
  const user = session.get("user");
  return renderTemplate("account.html", { user, email: emails[user] });
});

app.post("/login", function login() {
  const user = request.form.get("user", "");
  if (!(user in emails)) {
    abort(403);
  }
  session.user = user;
  return redirect(urlFor("index"));
});

app.post("/email", function email() {
  const user = session.get("user");
  if (!user) {
    abort(403);
  }
  emails[user] = request.form.get("email", "").trim();
  return redirect(urlFor("index"));
});

app.run();
