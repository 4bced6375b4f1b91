import { Flask, session } from "flask";

export const app = new Flask("cookie_config");
app.secretKey = "kolba-conformance";
app.config.update({
  SESSION_COOKIE_NAME: "kolba_session",
  SESSION_COOKIE_PATH: "/app",
  SESSION_COOKIE_HTTPONLY: false,
  SESSION_COOKIE_SECURE: true,
  SESSION_COOKIE_SAMESITE: "Strict",
});

app.route("/app/set", function set_value() {
  session.x = 1;
  return "set";
});
