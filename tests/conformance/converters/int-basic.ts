import { Flask } from "flask";

export const app = new Flask("int_basic");

app.route("/n/<int:n>", function show({ n }) {
  return `${n} ${n + 1} ${Number.isInteger(n) ? "int" : typeof n}`;
});
