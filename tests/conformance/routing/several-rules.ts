import { Flask, request, urlFor } from "flask";

export const app = new Flask("several_rules");

function home() {
  return `${request.path} -> ${urlFor("home")}`;
}

// Python's stacked decorators register the bottom rule first.
app.route("/index.html", home);
app.route("/home", home);
app.route("/", home);
