import { Flask, session } from "flask";

export const app = new Flask("set_read_pop");
app.secretKey = "kolba-conformance";

app.route("/login/<name>", function login({ name }) {
  session.user = name;
  session.roles = ["reader", "writer"];
  return `logged in ${name}`;
});

app.route("/me", function me() {
  const roles = (session.get("roles", []) as string[]).map((r) => `'${r}'`).join(", ");
  return `${session.get("user", "anonymous")} [${roles}]`;
});

app.route("/logout", function logout() {
  const user = session.pop("user", null);
  return `bye ${user ?? "None"}`;
});
