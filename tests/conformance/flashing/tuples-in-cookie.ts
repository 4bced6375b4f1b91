import { Flask, flash, renderTemplateString } from "flask";

export const app = new Flask("tuples_in_cookie");
app.secretKey = "kolba-conformance";

app.route("/flash", function do_flash() {
  flash("Profile saved", "success");
  flash("Password too short", "error");
  return "flashed";
});

app.route("/show", function show() {
  return renderTemplateString(
    "{{ get_flashed_messages(with_categories=true) }}|" +
      "{% for category, message in get_flashed_messages(with_categories=true) %}" +
      "[{{ category }}] {{ message }};{% endfor %}",
  );
});
