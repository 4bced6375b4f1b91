import { Flask, makeResponse, request } from "flask";

export const app = new Flask("path_scope");

app.route("/set", function set_cookies() {
  const response = makeResponse("set");
  response.setCookie("everywhere", "1");
  response.setCookie("admin_only", "2", { path: "/admin" });
  return response;
});

function see() {
  return [...request.cookies.keys()].sort().join(",");
}

// Python's stacked decorators register the bottom rule first.
app.route("/see", see);
app.route("/admin/see", see);
