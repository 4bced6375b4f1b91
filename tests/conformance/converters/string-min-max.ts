import { Flask } from "flask";

export const app = new Flask("string_min_max");

app.route("/tag/<string(minlength=2, maxlength=4):tag>", function show({ tag }) {
  return `tag ${tag}`;
});
