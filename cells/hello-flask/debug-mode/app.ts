import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "<h1>Hello, Flask!</h1>";
});

app.route("/oops", function oops() {
  const scores = [90, 75];
  return `Third score: ${scores[2].toFixed(1)}`;
});

app.run({ debug: true });
