import { Flask, makeResponse } from "flask";

export const app = new Flask("delete_cookie");

app.route("/", function index() {
  const response = makeResponse("deleted");
  response.deleteCookie("session_hint");
  response.deleteCookie("scoped", { path: "/admin", domain: "example.com" });
  response.deleteCookie("strict", { secure: true, httpOnly: true, sameSite: "Strict" });
  return response;
});
