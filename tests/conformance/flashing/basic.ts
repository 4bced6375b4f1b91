import { Flask, flash, getFlashedMessages, redirect, urlFor } from "flask";

export const app = new Flask("basic");
app.secretKey = "kolba-conformance";

app.route("/save", function save() {
  flash("Saved!");
  flash("Twice.");
  return redirect(urlFor("show"));
});

app.route("/show", function show() {
  return getFlashedMessages().join(" | ") || "(none)";
});
