import { Flask, redirect, request, session, urlFor } from "flask";

export const app = new Flask("session_login_flow");
app.secretKey = "kolba-conformance";

app.route("/login", { methods: ["POST"] }, function login() {
  if (request.form.get("password") !== "letmein") return ["bad password", 401];
  session.user = request.form.get("username");
  return redirect(urlFor("dashboard"));
});

app.route("/dashboard", function dashboard() {
  if (!("user" in session)) return redirect(urlFor("login_form"));
  return `dashboard of ${session.get("user")}`;
});

app.route("/login", function login_form() {
  return "login form";
});

app.route("/logout", function logout() {
  session.clear();
  return redirect(urlFor("login_form"));
});
