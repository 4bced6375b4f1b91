import { Flask, urlFor } from "flask";

export const app = new Flask("defaults");

function listing() {
  return "";
}

// Python's stacked decorators register the bottom rule first.
app.route("/list/<int:page>", listing);
app.route("/list/", { defaults: { page: 1 } }, listing);

app.route("/", function index() {
  return [urlFor("listing"), urlFor("listing", { page: 1 }), urlFor("listing", { page: 2 })].join(
    " ",
  );
});
