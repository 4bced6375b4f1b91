import { Flask, makeResponse, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/", function index() {
  const visits = request.cookies.get("visits", 0, Number) + 1;
  const response = makeResponse(`Visit number ${visits}.`, PLAIN);
  response.setCookie("visits", String(visits));
  return response;
});

app.run();
