import { Flask, makeResponse } from "flask";

export const app = new Flask("set_cookie_options");

app.route("/", function index() {
  const response = makeResponse("cookies");
  response.setCookie("plain", "v");
  response.setCookie("aged", "v", { maxAge: 600 });
  response.setCookie("aged_delta", "v", { maxAge: 2 * 60 * 60 });
  response.setCookie("dated", "v", { expires: new Date(Date.UTC(2040, 0, 2, 3, 4, 5)) });
  response.setCookie("scoped", "v", { path: "/admin", domain: "example.com" });
  response.setCookie("secure", "v", { secure: true, httpOnly: true });
  response.setCookie("lax", "v", { sameSite: "Lax" });
  response.setCookie("strict", "v", { sameSite: "Strict" });
  response.setCookie("none", "v", { sameSite: "None", secure: true });
  response.setCookie("empty");
  return response;
});
