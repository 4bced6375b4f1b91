/**
 * Small helpers that reproduce Python's text rules the HTTP helpers rely on.
 *
 * @example
 * pyStrip("\u001f a \u001f"); // "a"
 * @see cpython Objects/unicodeobject.c str.strip
 */

/** A regex character-class body of what Python's `str.isspace()` accepts (`String#trim` differs). */
export const PY_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/**
 * Strip leading and trailing whitespace the way Python's `str.strip()` does.
 * @example
 * pyStrip("  a b  "); // "a b"
 * @see cpython Objects/unicodeobject.c str.strip
 */
export function pyStrip(value: string): string {
  return value.replace(PY_STRIP_RE, "");
}

/**
 * Whether every character is ASCII (below U+0080).
 * @example
 * isAscii("abc"); // true
 * @see cpython Objects/unicodeobject.c str.isascii
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Drop every non-ASCII character (Python's `encode("ascii", errors="ignore")`).
 * @example
 * asciiOnly("aąb"); // "ab"
 * @see cpython Python/codecs.c ignore_errors
 */
export function asciiOnly(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x7f) out += text[i];
  return out;
}

/**
 * Encode text as UTF-8, then read every byte as one Latin-1 character (PEP 3333 "mojibake").
 * @example
 * utf8AsLatin1("ą"); // "Ä\u0085"
 * @see werkzeug/http.py dump_cookie
 */
export function utf8AsLatin1(value: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(value)) out += String.fromCharCode(byte);
  return out;
}

/**
 * Format a number the way Python's `repr(float)` does for non-integers, and like `repr(int)` otherwise.
 * @example
 * pyNumber(1.5e-7); // "1.5e-07"
 * @see cpython Python/pystrtod.c PyOS_double_to_string
 */
export function pyNumber(value: number): string {
  if (Number.isInteger(value))
    return Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  const [mantissa = "", exp = "0"] = value.toExponential().split("e");
  const exponent = Number(exp);
  // Python switches to scientific notation below 1e-4 and from 1e16 up; JavaScript at other bounds.
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(value);
}
