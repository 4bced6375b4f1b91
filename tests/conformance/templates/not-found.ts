import { Flask, renderTemplate, TemplateNotFound } from "flask";

export const app = new Flask(import.meta.url);

app.route("/caught", function caught() {
  try {
    return renderTemplate("does-not-exist.html");
  } catch (e) {
    if (!(e instanceof TemplateNotFound)) throw e;
    return `TemplateNotFound: ${e.templateName}`;
  }
});

app.route("/uncaught", function uncaught() {
  return renderTemplate("does-not-exist.html");
});

app.route("/include", function include() {
  try {
    return renderTemplate("broken-include.html");
  } catch (e) {
    if (!(e instanceof TemplateNotFound)) throw e;
    return `TemplateNotFound: ${e.templateName}`;
  }
});
