import { Flask, g, renderTemplate, session } from "flask";

export const app = new Flask(import.meta.url);
app.secretKey = "kolba-conformance";
app.config.SITE_NAME = "Kolba";

app.route("/show/<int:item>", function show() {
  g.greeting = "labas";
  session.user = "ada";
  return renderTemplate("globals.html");
});
