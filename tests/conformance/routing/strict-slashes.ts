import { Flask } from "flask";

export const app = new Flask("strict_slashes");

app.route("/projects/", function projects() {
  return "projects";
});

app.route("/about", function about() {
  return "about";
});

app.route("/loose", { strictSlashes: false }, function loose() {
  return "loose";
});
