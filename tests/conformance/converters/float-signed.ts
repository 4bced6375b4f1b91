import { Flask } from "flask";

export const app = new Flask("float_signed");

const pyFloat = (v: number) =>
  `t=${Object.is(v, -0) ? "-0.0" : Number.isInteger(v) ? `${v}.0` : String(v)}`;

app.route("/t/<float(signed=True):t>", function show({ t }) {
  return pyFloat(t);
});
