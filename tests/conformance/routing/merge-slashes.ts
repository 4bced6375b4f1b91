import { Flask } from "flask";

export const app = new Flask("merge_slashes");

app.route("/a/b", function ab() {
  return "a/b";
});

app.route("/files/<path:name>", function files({ name }) {
  return name;
});
