import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("tojson.html", {
    data: { b: [1, 2], a: "</script><b>&'" },
    text: "O'Reilly & <Co>",
  });
});
