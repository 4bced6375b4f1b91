import { Flask, makeResponse } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/visit", function visit() {
  const response = makeResponse("Kept until the browser closes.", PLAIN);
  response.setCookie("last_page", "visit");
  return response;
});

app.route("/remember", function remember() {
  const response = makeResponse("Kept for 30 days.", PLAIN);
  response.setCookie("reader", "ona", { maxAge: 60 * 60 * 24 * 30 });
  return response;
});

app.route("/fair", function fair() {
  const response = makeResponse("Kept until the book fair is over.", PLAIN);
  response.setCookie("fair", "2031", { expires: new Date(Date.UTC(2031, 5, 1)) });
  return response;
});

app.run();
