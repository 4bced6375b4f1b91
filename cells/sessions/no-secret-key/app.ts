import { Flask, session } from "flask";

const app = new Flask(import.meta.url);
// The secret key is missing: uncomment the next line and run again.
// app.config.set("SECRET_KEY", "lesson-key-not-a-secret");

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/", function index() {
  return [`Hello, ${session.get("user", "stranger")}!`, PLAIN];
});

app.route("/login/<name>", function login({ name }) {
  session.user = name;
  return [`Logged in as ${name}.`, PLAIN];
});

app.run();
