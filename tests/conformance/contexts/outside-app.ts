import { currentApp, Flask, g } from "flask";

export const app = new Flask("outside_app");

let APP_ERROR = "";
try {
  currentApp.name;
} catch (e) {
  APP_ERROR = (e as Error).message;
}

let G_ERROR = "";
try {
  g.user = "x";
} catch (e) {
  G_ERROR = (e as Error).message;
}

app.route("/", function index() {
  return APP_ERROR + "\n---\n" + G_ERROR;
});
