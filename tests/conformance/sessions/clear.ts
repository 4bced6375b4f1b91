import { Flask, session } from "flask";

export const app = new Flask("clear");
app.secretKey = "kolba-conformance";

app.route("/set", function set_value() {
  session.a = 1;
  session.b = 2;
  return "set";
});

app.route("/clear", function clear() {
  session.clear();
  return "cleared";
});

app.route("/keys", function keys() {
  return [...session.keys()].sort().join(",");
});
