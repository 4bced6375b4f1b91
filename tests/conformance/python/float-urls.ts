import { Flask, jsonify, urlFor } from "flask";

export const app = new Flask("float_urls");

app.route("/f/<float:x>", function show({ x }) {
  return jsonify(x);
});

app.route("/build", function build() {
  return [
    urlFor("show", { x: 1.5e-5 }),
    urlFor("show", { x: 0.25 }),
    urlFor("build", { q: 1.5e-5 }),
    urlFor("build", { q: [0.0001, 2.5e-7] }),
  ].join(" ");
});
