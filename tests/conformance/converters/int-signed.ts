import { Flask } from "flask";

export const app = new Flask("int_signed");

app.route("/delta/<int(signed=True):d>", function show({ d }) {
  return `delta ${d}`;
});
