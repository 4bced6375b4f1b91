import { Flask } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/user/<int:id>", function profile({ id }) {
  return `User number ${id}`;
});

app.route("/user/<username>", function member({ username }) {
  return [`Member ${username}`, PLAIN];
});

app.run();
