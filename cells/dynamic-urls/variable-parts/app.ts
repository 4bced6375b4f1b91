import { Flask } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/hello/<name>", function greet({ name }) {
  return [`Hello, ${name}!`, PLAIN];
});

app.run();
