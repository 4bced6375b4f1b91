import { Flask, renderTemplate } from "flask";
import { bp as shopBp } from "./shop.ts";

const app = new Flask(import.meta.url);
app.registerBlueprint(shopBp);

app.route("/", function index() {
  return renderTemplate("index.html");
});

app.run();
