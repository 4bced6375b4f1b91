import { Flask, flash, redirect, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);
app.secretKey = "kolba-conformance";

app.route("/do", function do_() {
  flash("Saved <b>!</b>", "success");
  flash("Careful", "warning");
  return redirect("/show");
});

app.route("/show", function show() {
  return renderTemplate("flashes.html");
});
