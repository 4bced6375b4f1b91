// A tie is exact only when the double's full decimal expansion ends in 5 at the next digit.
function isExactTie(value: number, precision: number): boolean {
  const digits = Math.abs(value).toFixed(Math.min(100, precision + 60));
  const point = digits.indexOf(".");
  const tail = digits.slice(point + 1 + precision);
  return /^50*$/.test(tail);
}

function roundHalfEven(value: number, precision: number): number {
  if (!Number.isFinite(value) || precision > 100 || Math.abs(value) >= 1e21) return value;
  if (precision < 0) {
    const factor = 10 ** -precision;
    return roundHalfEven(value / factor, 0) * factor;
  }
  const nearest = Number(value.toFixed(precision));
  if (!isExactTie(value, precision)) return nearest;
  const scale = 10 ** precision;
  const down = Math.trunc(value * scale);
  return (down % 2 === 0 ? down : down + Math.sign(value)) / scale;
}

/**
 * Jinja's `round` filter: `common` is Python's round() (ties to even on the exact binary value),
 * `ceil` and `floor` round that way at the given precision.
 * @example pyRound(2.5, 0, "common") // 2
 * @see jinja2/filters.py do_round
 */
export function pyRound(value: number, precision = 0, method = "common"): number {
  if (method === "common") return roundHalfEven(value, precision);
  const scale = 10 ** precision;
  if (method === "ceil") return Math.ceil(value * scale) / scale;
  if (method === "floor") return Math.floor(value * scale) / scale;
  throw new Error("method must be common, ceil or floor");
}
