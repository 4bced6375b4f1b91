import { Flask } from "flask";

export const app = new Flask("bad_return");

app.route("/none", function none() {
  return null;
});

app.route("/number", function number() {
  return 42;
});
