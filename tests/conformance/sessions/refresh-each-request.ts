import { Flask, session } from "flask";

export const app = new Flask("refresh_each_request");
app.secretKey = "kolba-conformance";

app.route("/start", function start() {
  session.permanent = true;
  session.n = 1;
  return "started";
});

app.route("/touch", function touch() {
  return `n=${session.get("n")}`;
});

app.route("/off", function off() {
  app.config.SESSION_REFRESH_EACH_REQUEST = false;
  return "refresh off";
});
