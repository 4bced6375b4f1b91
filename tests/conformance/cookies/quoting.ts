import { Flask, makeResponse, request } from "flask";

export const app = new Flask("quoting");

app.route("/set", function set_cookies() {
  const response = makeResponse("set");
  response.setCookie("space", "hello world");
  response.setCookie("comma", "a,b");
  response.setCookie("semi", "a;b");
  response.setCookie("quote", 'say "hi"');
  response.setCookie("backslash", "a\\b");
  response.setCookie("unicode", "ąčę");
  response.setCookie("safe", "abc-._~!#$%&'*+^`|:/");
  return response;
});

app.route("/get", function get_cookies() {
  return [...request.cookies.keys()]
    .sort()
    .map((k) => `${k}=${request.cookies.get(k)}`)
    .join("\n");
});
