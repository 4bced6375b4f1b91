import { Flask, request } from "flask";

export const app = new Flask("method_override_head");

app.route("/echo", { methods: ["GET", "POST"] }, function echo() {
  return `method=${request.method}`;
});
