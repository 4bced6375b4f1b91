import { Flask, session } from "flask";

export const app = new Flask("cookie_domain");
app.secretKey = "kolba-conformance";
app.config.SESSION_COOKIE_DOMAIN = "kolba.test";

app.route("/set", function set_value() {
  session.x = 1;
  return "set";
});
