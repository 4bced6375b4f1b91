import { Flask, makeResponse, request } from "flask";

export const app = new Flask("keep_cookies");

app.route("/set/<value>", function set_value({ value }) {
  const response = makeResponse(`set ${value}`);
  response.setCookie("token", value);
  return response;
});

app.route("/get", function get_value() {
  return `token=${request.cookies.get("token") ?? "None"}`;
});
