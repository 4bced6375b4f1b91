import { currentApp, Flask } from "flask";

export const app = new Flask("current_app");
app.config.GREETING = "Sveiki";

app.route("/", function index() {
  // Werkzeug's LocalProxy method; declared here because the port's types may not list it.
  const proxy = currentApp as unknown as { _getCurrentObject(): unknown };
  const same = proxy._getCurrentObject() === app;
  return `${currentApp.name} ${currentApp.config.GREETING} ${same ? "True" : "False"}`;
});
