import { Flask, renderTemplate, request } from "flask";

export const app = new Flask(import.meta.url);

function index() {
  const users = request.path === "/empty" ? [] : ["ada", "bob", "eve"];
  return renderTemplate("loops.html", {
    users,
    pairs: [
      ["a", 1],
      ["b", 2],
    ],
  });
}

// Python's stacked decorators register the bottom rule first.
app.route("/empty", index);
app.route("/", index);
