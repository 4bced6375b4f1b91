import { Flask, g } from "flask";

export const app = new Flask("nested_app_context");

app.route("/", function index() {
  g.level = "request";
  const ctx = app.appContext();
  ctx.push();
  const inner = g.get("level", "fresh g");
  g.level = "inner";
  ctx.pop();
  return `${inner} ${g.level}`;
});
