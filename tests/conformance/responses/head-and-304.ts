import { Flask, makeResponse, request } from "flask";

export const app = new Flask("head_and_304");

app.route("/etag", function etag() {
  const response = makeResponse("tagged body");
  response.setEtag("v1");
  return response.makeConditional(request);
});
