import { Flask, urlFor } from "flask";

export const app = new Flask("app_context_server_name");
app.config.SERVER_NAME = "kolba.test";

app.route("/user/<name>", function user() {
  return "";
});

const ctx = app.appContext();
ctx.push();
const BUILT = urlFor("user", { name: "ada" });
ctx.pop();

app.route("/", function index() {
  return BUILT;
});
