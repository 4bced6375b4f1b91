import { Flask, g, jsonify } from "flask";

export const app = new Flask("g_methods");

app.route("/", function index() {
  g.a = 1;
  const first = g.setdefault("b", 2);
  const second = g.setdefault("b", 3);
  const popped = g.pop("a");
  const fallback = g.pop("a", "gone");
  return jsonify({
    first,
    second,
    popped,
    default: fallback,
    has_a: "a" in g,
    names: [...(g as unknown as Iterable<string>)].sort(),
  });
});
