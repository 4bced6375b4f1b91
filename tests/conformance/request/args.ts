import { Flask, jsonify, request } from "flask";

export const app = new Flask("args");

app.route("/echo", function echo() {
  return jsonify({
    q: request.args.get("q") ?? null,
    missing: request.args.get("missing") ?? null,
    default: request.args.get("missing", "fallback"),
    tags: request.args.getList("tag"),
    first_tag: request.args.has("tag") ? request.args.get("tag") : null,
    flat: request.args.toDict(),
    lists: request.args.toDict(false),
  });
});
