import { Flask, jsonify, request } from "flask";

export const app = new Flask("args_type");

// Python's int() and float() raise on bad input; the conversion must too.
function toInt(value: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(value)) throw new Error(`invalid literal for int(): '${value}'`);
  return Number.parseInt(value, 10);
}

function toFloat(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || Number.isNaN(n))
    throw new Error(`could not convert string to float: '${value}'`);
  return n;
}

app.route("/echo", function echo() {
  return jsonify({
    page: request.args.get("page", 1, toInt),
    ratio: request.args.get("ratio", 1.5, toFloat),
    bad: request.args.get("bad", -1, toInt),
    ids: request.args.getList("id", toInt),
    upper: request.args.get("name", null, (s: string) => s.toUpperCase()),
  });
});
