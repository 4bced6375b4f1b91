import { isTuple, markTuple } from "../json-tag.ts";
import { hasHtml, isSafe } from "./markup.ts";

/**
 * Mark an array as a Python tuple, so it prints as `('a', 1)` (dict items, dictsort, groupby).
 * @example pyStr(tuple(["a", 1])) // "('a', 1)"
 * @see Objects/tupleobject.c tuple_repr
 */
export function tuple<T extends unknown[]>(items: T): T {
  return markTuple(items);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Format a number as Python prints it (`inf`, `nan`, two-digit exponents).
 * @example pyNumber(1e-7) // "1e-07"
 * @see Objects/floatobject.c float_repr
 */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (Object.is(value, -0)) return "0";
  return String(value).replace(/e([+-])(\d)$/, "e$10$2");
}

function quoteString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of text) {
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " " || ch === "\x7f")
      out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return quote + out + quote;
}

// A Date prints as Python prints a naive UTC datetime: `2015-10-21 07:28:00[.123000]`.
function pyDatetime(date: Date): string {
  if (Number.isNaN(date.getTime())) return "Invalid Date";
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? `.${String(ms * 1000).padStart(6, "0")}` : ""}`;
}

/**
 * Python's `repr()` of a template value: how lists and dicts show their items.
 * @example pyRepr(["a", 1, null]) // "['a', 1, None]"
 * @see Objects/unicodeobject.c unicode_repr
 */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return quoteString(value);
  if (isSafe(value)) return `Markup(${quoteString(String(value))})`;
  return pyStr(value, true);
}

/**
 * Python's `str()` of a template value, which is what `{{ value }}` prints in Jinja:
 * `None`, `True`/`False`, `['a', 1]`, `{'k': 'v'}`; undefined prints as nothing.
 * @example pyStr(true) // "True"
 * @see jinja2/runtime.py markup_join
 */
export function pyStr(value: unknown, nested = false): string {
  if (value === undefined) return nested ? "None" : "";
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pyNumber(value);
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "function") return `<function ${value.name || "<lambda>"}>`;
  if (typeof value !== "object") return String(value);
  if (isSafe(value)) return String(value);
  if (hasHtml(value)) return value.__html__();
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
 * The Python type name of a template value, for error messages (`'str' object is not callable`).
 * @example pyTypeName([]) // "list"
 * @see Objects/typeobject.c type_name
 */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string" || isSafe(value)) return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return "list";
  return "dict";
}
