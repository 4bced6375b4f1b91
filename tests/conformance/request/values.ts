import { Flask, jsonify, request } from "flask";

export const app = new Flask("values");

app.route("/echo", { methods: ["GET", "POST"] }, function echo() {
  return jsonify({
    a: request.values.get("a") ?? null,
    both: request.values.getList("x"),
    keys: [...request.values.keys()].sort(),
  });
});
