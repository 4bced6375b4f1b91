/**
 * JSON text written the way Python's `json.dumps` writes it: its separators, `ensure_ascii` escaping,
 * `sort_keys` by code point, `NaN`/`Infinity`, and float formatting.
 *
 * @example
 * pythonJsonDumps({ b: 1, a: "ą" }); // '{"b": 1, "a": "\\u0105"}'
 * @see cpython Lib/json/encoder.py JSONEncoder
 */
import { pyNumber } from "../http/python-text.ts";
import { ValueError } from "../http/value-error.ts";

/** Options matching `json.dumps` keyword arguments. */
export interface PythonJsonOptions {
  /** `[itemSeparator, keySeparator]`; Python's default is `[", ", ": "]`. */
  separators?: readonly [string, string];
  /** Escape non-ASCII as `\uXXXX`; defaults to true as in Python. */
  ensureAscii?: boolean;
  /** Sort object keys by code point; defaults to false. */
  sortKeys?: boolean;
}

const NAMED: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

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
 * The Python type name used in "is not JSON serializable" errors.
 * @example
 * pythonTypeName(() => 1); // "function"
 * @see cpython Lib/json/encoder.py JSONEncoder.default
 */
export function pythonTypeName(value: unknown): string {
  if (typeof value === "function") return "function";
  if (typeof value === "object" && value !== null) return value.constructor?.name ?? "object";
  return typeof value;
}

/**
 * A JSON string literal with Python's escaping.
 * @example
 * pythonJsonString("ą\n"); // '"\\u0105\\n"'
 * @see cpython Lib/json/encoder.py py_encode_basestring_ascii
 */
export function pythonJsonString(text: string, ensureAscii = true): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    const named = NAMED[ch];
    if (named !== undefined) out += named;
    else if (code < 0x20 || (ensureAscii && code >= 0x7f))
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

function isObjectLike(value: object): boolean {
  if (value instanceof Map) return true;
  return !ArrayBuffer.isView(value);
}

function keyText(key: unknown): string {
  if (typeof key === "string") return key;
  if (typeof key === "number") return pyNumber(key);
  if (typeof key === "boolean") return key ? "true" : "false";
  if (key === null) return "null";
  throw new TypeError(`keys must be str, int, float, bool or None, not ${pythonTypeName(key)}`);
}

/**
 * Write a value as JSON text like Python's `json.dumps`. Maps and plain objects are objects; `undefined`,
 * functions and symbols are left out of objects (and are `null` in arrays), as `JSON.stringify` does;
 * objects with `toJSON` are written as its result.
 * @example
 * pythonJsonDumps([1.5e-7, "x"], { separators: [",", ":"] }); // '[1.5e-07,"x"]'
 * @see cpython Lib/json/__init__.py dumps
 */
export function pythonJsonDumps(value: unknown, options: PythonJsonOptions = {}): string {
  const [itemSep, keySep] = options.separators ?? [", ", ": "];
  const ensureAscii = options.ensureAscii ?? true;
  const sortKeys = options.sortKeys ?? false;
  const stack: object[] = [];

  const write = (item: unknown): string | undefined => {
    if (item === null) return "null";
    if (item === true) return "true";
    if (item === false) return "false";
    if (typeof item === "string") return pythonJsonString(item, ensureAscii);
    if (typeof item === "number") return pyNumber(item);
    if (typeof item === "bigint") return item.toString();
    if (typeof item !== "object") return undefined;
    if (stack.includes(item)) throw new ValueError("Circular reference detected");
    stack.push(item);
    try {
      if (Array.isArray(item)) return `[${item.map((x) => write(x) ?? "null").join(itemSep)}]`;
      const toJSON = (item as { toJSON?: unknown }).toJSON;
      if (!(item instanceof Map) && typeof toJSON === "function") return write(toJSON.call(item));
      if (!isObjectLike(item))
        throw new TypeError(`Object of type ${pythonTypeName(item)} is not JSON serializable`);
      const entries: [unknown, unknown][] =
        item instanceof Map ? [...item.entries()] : Object.entries(item);
      const parts: [string, string][] = [];
      for (const [k, v] of entries) {
        const written = write(v);
        if (written !== undefined) parts.push([keyText(k), written]);
      }
      if (sortKeys) parts.sort((a, b) => compareCodePoints(a[0], b[0]));
      return `{${parts.map(([k, v]) => `${pythonJsonString(k, ensureAscii)}${keySep}${v}`).join(itemSep)}}`;
    } finally {
      stack.pop();
    }
  };

  const text = write(value);
  if (text === undefined)
    throw new TypeError(`Object of type ${pythonTypeName(value)} is not JSON serializable`);
  return text;
}
