import { Flask } from "flask";

export const app = new Flask("path");

app.route("/files/<path:subpath>", function show({ subpath }) {
  return `[${subpath}]`;
});
