import { Flask, makeResponse } from "flask";

export const app = new Flask("headers_api");

app.route("/", function index() {
  const response = makeResponse("headers");
  response.headers.set("X-Set", "one");
  response.headers.set("x-set", "two");
  response.headers.add("X-Multi", "a");
  response.headers.add("X-Multi", "b");
  response.headers.add("X-Gone", "bye");
  response.headers.delete("X-Gone");
  response.contentType = "text/plain; charset=utf-8";
  response.headers.set("X-Count", String(response.headers.getList("X-Multi").length));
  return response;
});
