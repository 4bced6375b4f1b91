import { Flask } from "flask";

export const app = new Flask("string_length");

app.route("/code/<string(length=3):code>", function show({ code }) {
  return `code ${code}`;
});
