import { Flask } from "flask";

export const app = new Flask("float");

// Python prints floats with a trailing ".0" when they are whole.
const pyFloat = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

app.route("/f/<float:x>", function show({ x }) {
  return pyFloat(x * 2);
});
