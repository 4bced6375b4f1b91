import { Flask, request } from "flask";

export const app = new Flask("head_implied");

app.route("/page", function page() {
  return `a page seen by ${request.method}`;
});
