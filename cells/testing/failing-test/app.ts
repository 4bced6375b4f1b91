import { Flask, request } from "flask";

export const app = new Flask(import.meta.url);

app.get("/add", function add() {
  const a = request.args.get("a", "0");
  const b = request.args.get("b", "0");
  // A bug on purpose: the values are text, so + joins them instead of adding.
  return `${a + b}`;
});

app.run();
