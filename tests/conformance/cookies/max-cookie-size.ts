import { Flask, makeResponse } from "flask";

export const app = new Flask("max_cookie_size");
app.config.MAX_COOKIE_SIZE = 20;

app.route("/", function index() {
  const response = makeResponse("big");
  response.setCookie("big", "x".repeat(40));
  return response;
});
