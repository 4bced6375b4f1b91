import { Flask, makeResponse, request } from "flask";

export const app = new Flask("roundtrip");

app.route("/visit", function visit() {
  const count = request.cookies.get("visits", 0, Number) + 1;
  const response = makeResponse(`visit ${count}`);
  response.setCookie("visits", String(count));
  return response;
});

app.route("/forget", function forget() {
  const response = makeResponse("forgotten");
  response.deleteCookie("visits");
  return response;
});
