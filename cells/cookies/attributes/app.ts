import { Flask, makeResponse, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

function received() {
  const names = [...request.cookies.keys()].sort().join(", ") || "none";
  return `Cookies this page received: ${names}`;
}

app.route("/", function index() {
  return [received(), PLAIN];
});

app.route("/settings", function settings() {
  const response = makeResponse("Language saved for every page.", PLAIN);
  response.setCookie("lang", "lt", { httpOnly: true, sameSite: "Lax" });
  return response;
});

app.route("/admin/", function admin() {
  const response = makeResponse("A cookie for the /admin/ pages only.", PLAIN);
  response.setCookie("admin_tab", "loans", { path: "/admin/" });
  return response;
});

app.route("/admin/loans", function loans() {
  return [received(), PLAIN];
});

app.route("/checkout", function checkout() {
  const response = makeResponse("A cookie for HTTPS only, hidden from scripts.", PLAIN);
  response.setCookie("cart", "3-books", { secure: true, httpOnly: true, sameSite: "Strict" });
  return response;
});

app.run();
