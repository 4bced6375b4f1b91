/**
 * Python's text conversions (`str()`, `repr()`, `int()`, `float()`) for the values routing
 * turns into URLs and messages, so a port prints what Werkzeug prints.
 *
 * @example
 * pyStr(true); // "True"
 * pyRepr("it's"); // "\"it's\""
 * @see Python builtins str, repr, int, float
 */

import { ValueError } from "../exceptions.ts";

/**
 * Python's `repr(float)`: shortest round-trip digits, fixed notation for exponents -4..15.
 *
 * @example
 * pyFloatRepr(1); // "1.0"
 * @see Python float.__repr__
 */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const [mantissa = "0", exp = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exp);
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    const whole =
      digits.length > exponent + 1
        ? digits.slice(0, exponent + 1)
        : digits.padEnd(exponent + 1, "0");
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
  }
  const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const expText = String(Math.abs(exponent)).padStart(2, "0");
  return `${sign}${head}e${exponent < 0 ? "-" : "+"}${expText}`;
}

/**
 * Python's `str(int)` for a JavaScript integer, without exponent notation.
 *
 * @example
 * pyIntStr(1e21); // "1000000000000000000000"
 * @see Python int.__str__
 */
export function pyIntStr(value: number): string {
  if (Math.abs(value) < 1e21) return String(value === 0 ? 0 : value);
  return BigInt(value).toString();
}

/**
 * Python's `repr()` of a string: single quotes unless the text holds only single quotes.
 *
 * @example
 * pyStrRepr("a'b"); // "\"a'b\""
 * @see Python str.__repr__
 */
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

/**
 * Python's `repr()` for the values routing shows: strings, numbers, booleans, null, arrays.
 *
 * @example
 * pyRepr(["a", 1]); // "['a', 1]"
 * @see Python builtins repr
 */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return pyStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  return pyStr(value);
}

/**
 * Python's `str()`: `True`/`False`/`None`, integers without ".0", floats like Python prints them.
 *
 * @example
 * pyStr(2.5); // "2.5"
 * @see Python builtins str
 */
export function pyStr(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === null || value === undefined) return "None";
  if (typeof value === "number") {
    // A JavaScript number has no int/float split: integral values print as Python ints.
    return Number.isInteger(value) ? pyIntStr(value) : pyFloatRepr(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return pyRepr(value);
  return String(value);
}

/**
 * Python's `int()` on a converter value: numbers truncate, strings must be decimal integers.
 *
 * @example
 * pyInt("042"); // 42
 * @see Python builtins int
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
 * Python's `float()` on a converter value.
 *
 * @example
 * pyFloat("1.5"); // 1.5
 * @see Python builtins float
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
 * Python's `==` for the values routing compares (defaults against build values):
 * `True == 1`, lists element by element.
 *
 * @example
 * pyEquals(1, true); // true
 * @see Python object.__eq__
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
