import { Flask, session } from "flask";

export const app = new Flask("vary_on_access");
app.secretKey = "kolba-conformance";

app.route("/untouched", function untouched() {
  return "no session";
});

app.route("/read", function read() {
  return `${session.get("x") ?? "None"}`;
});
