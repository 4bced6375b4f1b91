import { Flask } from "flask";

export const app = new Flask("string_default");

app.route("/s/<name>", function show({ name }) {
  return `${name}|${[...name].length}`;
});
