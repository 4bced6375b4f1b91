import { Flask, makeResponse, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/", function index() {
  const response = makeResponse("Welcome! Your role is kept in a cookie.", PLAIN);
  if (!request.cookies.has("role")) {
    response.setCookie("role", "reader", { httpOnly: true, sameSite: "Lax" });
  }
  return response;
});

app.route("/admin", function admin() {
  if (request.cookies.get("role") !== "admin") {
    return ["Admins only.", 403, PLAIN];
  }
  return ["Admin page: from here you could delete every book.", PLAIN];
});

app.run();
