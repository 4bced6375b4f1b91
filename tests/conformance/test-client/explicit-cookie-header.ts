import { Flask, request } from "flask";

export const app = new Flask("explicit_cookie_header");

app.route("/", function index() {
  return [...request.cookies.items()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
});
