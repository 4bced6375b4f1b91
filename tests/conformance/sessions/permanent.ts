import { Flask, session } from "flask";

export const app = new Flask("permanent");
app.secretKey = "kolba-conformance";
app.config.PERMANENT_SESSION_LIFETIME = 10 * 60;

app.route("/remember", function remember() {
  session.permanent = true;
  session.user = "ada";
  return "remembered";
});

app.route("/temporary", function temporary() {
  session.permanent = false;
  session.user = "bob";
  return "temporary";
});

app.route("/read", function read() {
  return `${session.get("user")} permanent=${session.permanent ? "True" : "False"}`;
});
