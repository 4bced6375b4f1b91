import { Flask } from "flask";

export const app = new Flask("float_min_max");

app.route("/ratio/<float(min=0.5, max=10.0):r>", function ratio({ r }) {
  return `ratio ${Number.isInteger(r) ? `${r}.0` : r}`;
});
