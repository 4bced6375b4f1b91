import { currentApp, Flask } from "flask";

export const app = new Flask("app_name");

app.route("/", function show() {
  return `${app.name} ${app.importName} ${currentApp.name}`;
});
