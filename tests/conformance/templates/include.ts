import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("with-include.html", {
    body: "Body text",
    nav: [
      { href: "/", label: "Home" },
      { href: "/a?b=1&c=2", label: "A & B" },
    ],
  });
});
