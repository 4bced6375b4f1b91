/**
 * Python's `str()` and `repr()` of the values a port hands around: `None`, `True`, numbers as
 * Python prints them, quoted strings, lists, tuples, dicts, sets and datetimes.
 */
import { hasHtml } from "./html.ts";
import { pyNumber } from "./number.ts";
import { isTuple } from "./tuple.ts";

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Markup (and nunjucks' SafeString, a String underneath) is text that is already HTML.
function isMarkup(value: unknown): boolean {
  return value instanceof String || hasHtml(value);
}

/**
 * Python's `repr()` of a string: single quotes unless the text holds only single quotes.
 * @example
 * pyStrRepr("a'b"); // "\"a'b\""
 * @see cpython Objects/unicodeobject.c unicode_repr
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
 * A Date as Python prints a naive UTC datetime: `2015-10-21 07:28:00[.123000]`.
 * @example
 * pyDatetime(new Date(0)); // "1970-01-01 00:00:00"
 * @see cpython Lib/datetime.py datetime.__str__
 */
export function pyDatetime(date: Date): string {
  if (Number.isNaN(date.getTime())) return "Invalid Date";
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? `.${String(ms * 1000).padStart(6, "0")}` : ""}`;
}

/**
 * Python's `repr()`: how lists and dicts show their items.
 * @example
 * pyRepr(["a", 1, null]); // "['a', 1, None]"
 * @see cpython Objects/object.c PyObject_Repr
 */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return pyStrRepr(value);
  if (isMarkup(value)) return `Markup(${pyStrRepr(pyStr(value))})`;
  if (value === undefined) return "None";
  return pyStr(value);
}

/**
 * Python's `str()`: `None`, `True`/`False`, ints and floats as Python prints them, `['a', 1]`,
 * `('a', 1)`, `{'k': 'v'}`, `set()`.
 * @example
 * pyStr(0.000015); // "1.5e-05"
 * @see cpython Objects/object.c PyObject_Str
 */
export function pyStr(value: unknown): string {
  if (value === undefined || value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pyNumber(value);
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "function") return `<function ${value.name || "<lambda>"}>`;
  if (typeof value !== "object") return String(value);
  if (hasHtml(value)) return value.__html__();
  if (value instanceof String) return String(value);
  if (value instanceof Date) return pyDatetime(value);
  if (Array.isArray(value) && isTuple(value)) {
    return value.length === 1
      ? `(${pyRepr(value[0])},)`
      : `(${value.map((item) => pyRepr(item)).join(", ")})`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => pyRepr(item)).join(", ")}]`;
  if (value instanceof Map) {
    return `{${[...value].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(", ")}}`;
  }
  if (value instanceof Set)
    return value.size ? `{${[...value].map((item) => pyRepr(item)).join(", ")}}` : "set()";
  if (isPlainObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}

/**
 * The Python type name of a value, for error messages (`'str' object is not callable`).
 * @example
 * pyTypeName([]); // "list"
 * @see cpython Objects/typeobject.c type_name
 */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string" || value instanceof String) return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return "list";
  return "dict";
}
