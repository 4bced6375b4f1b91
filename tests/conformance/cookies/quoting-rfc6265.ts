import { Flask, makeResponse } from "flask";

export const app = new Flask("quoting_rfc6265");

app.route("/set", function set_cookies() {
  const response = makeResponse("set");
  response.setCookie("brackets", "(a)[b]{c}<d>");
  response.setCookie("query", "a?b@c");
  response.setCookie("equals", "a=b");
  return response;
});
