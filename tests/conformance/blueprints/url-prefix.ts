import { Blueprint, Flask, request, urlFor } from "flask";

const admin = new Blueprint("admin", "url_prefix", { urlPrefix: "/admin" });

admin.route("/", function index() {
  return `admin index ${request.endpoint} ${request.blueprint} ${urlFor(".users")} ${urlFor("home")}`;
});

admin.route("/users", function users() {
  return "admin users";
});

export const app = new Flask("url_prefix");
app.registerBlueprint(admin);

app.route("/", function home() {
  return `home ${urlFor("admin.index")} ${urlFor("admin.users", { page: 2 })}`;
});
