import { Flask, session } from "flask";

export const app = new Flask("tampered");
app.secretKey = "kolba-conformance";

app.route("/me", function me() {
  return `user=${session.get("user") ?? "None"}`;
});
