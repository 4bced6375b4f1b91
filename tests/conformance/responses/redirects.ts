import { Flask, redirect, urlFor } from "flask";

export const app = new Flask("redirects");

app.route("/target", function target() {
  return "target";
});

app.route("/r/<int:code>", function with_code({ code }) {
  return redirect(urlFor("target"), code);
});

app.route("/default", function default_() {
  return redirect("/target");
});

app.route("/external", function external() {
  return redirect("https://example.com/a b?x=ą");
});

app.route("/relative", function relative() {
  return redirect("target?x=1");
});
