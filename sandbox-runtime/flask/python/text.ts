/**
 * Python's text rules where they differ from JavaScript's: whitespace, ordering, `int()`,
 * `float()` and `==`.
 */
import { ValueError } from "./errors.ts";
import { pyStrRepr } from "./repr.ts";

/** A regex character-class body of what Python's `str.isspace()` accepts (`String#trim` differs). */
export const PY_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/**
 * Strip leading and trailing whitespace the way Python's `str.strip()` does.
 * @example
 * pyStrip("\u001f a \u001f"); // "a"
 * @see cpython Objects/unicodeobject.c str.strip
 */
export function pyStrip(value: string): string {
  return value.replace(PY_STRIP_RE, "");
}

/**
 * Compare strings by Unicode code point, as Python sorts `str` (JavaScript compares UTF-16 units).
 * @example
 * ["\u{1F600}", "\uffff"].sort(compareCodePoints); // ["\uffff", "\u{1F600}"]
 * @see cpython Objects/unicodeobject.c PyUnicode_Compare
 */
export function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]?.codePointAt(0) ?? 0;
    const y = cb[i]?.codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

/**
 * Python's `int()` on a value: numbers truncate, strings must be decimal integers.
 * @example
 * pyInt("042"); // 42
 * @see cpython Objects/longobject.c long_new
 */
export function pyInt(value: unknown): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new ValueError(
        Number.isNaN(value)
          ? "cannot convert float NaN to integer"
          : "cannot convert float infinity to integer",
      );
    }
    return Math.trunc(value);
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  const text = String(value);
  if (/^\s*[+-]?\d+(?:_\d+)*\s*$/.test(text)) return Number(text.replace(/_/g, ""));
  throw new ValueError(`invalid literal for int() with base 10: ${pyStrRepr(text)}`);
}

/**
 * Python's `float()` on a value.
 * @example
 * pyFloat("1.5"); // 1.5
 * @see cpython Objects/floatobject.c float_new
 */
export function pyFloat(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  const text = String(value).trim();
  if (
    /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(
      text,
    )
  ) {
    return Number(text.replace(/_/g, ""));
  }
  const special = text.toLowerCase().replace(/^[+]/, "");
  if (special === "inf" || special === "infinity") return Infinity;
  if (special === "-inf" || special === "-infinity") return -Infinity;
  if (special === "nan" || special === "-nan") return NaN;
  throw new ValueError(`could not convert string to float: ${pyStrRepr(String(value))}`);
}

/**
 * Python's `==` for plain values: `True == 1`, lists element by element.
 * @example
 * pyEquals(1, true); // true
 * @see cpython Objects/object.c PyObject_RichCompare
 */
export function pyEquals(a: unknown, b: unknown): boolean {
  const numeric = (v: unknown) =>
    typeof v === "number" || typeof v === "boolean" || typeof v === "bigint";
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => pyEquals(item, b[index]));
  }
  return a === b;
}
