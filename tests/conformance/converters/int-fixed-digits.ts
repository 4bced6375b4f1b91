import { Flask, urlFor } from "flask";

export const app = new Flask("int_fixed_digits");

app.route("/archive/<int(fixed_digits=4):year>", function archive({ year }) {
  return `${year} ${urlFor("archive", { year })} ${urlFor("archive", { year: 42 })}`;
});
