import { Flask, session } from "flask";

export const app = new Flask("no_secret_key");

app.route("/write", function write() {
  try {
    session.user = "ada";
  } catch (e) {
    return `RuntimeError: ${(e as Error).message}`;
  }
  return "written";
});

app.route("/read", function read() {
  return `read: ${session.get("user") ?? "None"}`;
});
