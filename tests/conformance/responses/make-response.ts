import { Flask, makeResponse } from "flask";

export const app = new Flask("make_response");

app.route("/plain", function plain() {
  const response = makeResponse("plain");
  response.headers.set("X-Made", "yes");
  return response;
});

app.route("/tuple", function as_tuple() {
  return makeResponse(["from tuple", 202]);
});

app.route("/args", function args() {
  return makeResponse("with args", 203, { "X-Made": "args" });
});

app.route("/dict", function as_dict() {
  const response = makeResponse({ made: true });
  response.statusCode = 201;
  return response;
});

app.route("/empty", function empty() {
  return makeResponse();
});
