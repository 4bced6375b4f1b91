/**
 * JSON text written the way Python's `json.dumps` writes it: its separators and indentation,
 * `ensure_ascii` escaping, `sort_keys` by code point, `NaN`/`Infinity` and float formatting.
 */
import { ValueError } from "./errors.ts";
import { jsonNumber, pyNumber } from "./number.ts";
import { compareCodePoints } from "./text.ts";

/** Options matching `json.dumps` keyword arguments. */
export interface JsonDumpsOptions {
  /** `[itemSeparator, keySeparator]`; `[", ", ": "]` by default, `[",", ": "]` when indenting. */
  separators?: readonly [string, string];
  /** Spaces (or the text) to indent each level by; `null` writes one line. */
  indent?: number | string | null;
  /** Escape non-ASCII as `\uXXXX`; true by default, as in Python. */
  ensureAscii?: boolean;
  /** Sort object keys by code point; false by default. */
  sortKeys?: boolean;
  /**
   * Python's `default`: turns a value that is not a list, a plain object or a primitive into
   * one that is. Without it a `Map` is a dict, `toJSON()` is used, and other objects are written
   * with their own fields.
   */
  default?: (value: object) => unknown;
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
 * The error Python's encoder raises for a value it cannot write.
 * @example
 * throw notSerializable(new Map()); // TypeError: Object of type Map is not JSON serializable
 * @see cpython Lib/json/encoder.py JSONEncoder.default
 */
export function notSerializable(value: unknown): TypeError {
  return new TypeError(`Object of type ${pythonTypeName(value)} is not JSON serializable`);
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

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function keyText(key: unknown): string {
  if (typeof key === "string") return key;
  if (typeof key === "number") return pyNumber(key);
  if (typeof key === "boolean") return key ? "true" : "false";
  if (key === null) return "null";
  throw new TypeError(`keys must be str, int, float, bool or None, not ${pythonTypeName(key)}`);
}

/**
 * Write a value as JSON text like Python's `json.dumps`. `undefined`, functions and symbols are
 * left out of objects and are `null` in arrays, as `JSON.stringify` does.
 * @example
 * pythonJsonDumps({ b: 1.5e-5, a: "ą" }, { sortKeys: true }); // '{"a": "\\u0105", "b": 1.5e-05}'
 * @see cpython Lib/json/__init__.py dumps
 */
export function pythonJsonDumps(value: unknown, options: JsonDumpsOptions = {}): string {
  const indent = options.indent ?? null;
  const unit = indent === null ? null : typeof indent === "number" ? " ".repeat(indent) : indent;
  const [itemSep, keySep] = options.separators ?? (unit === null ? [", ", ": "] : [",", ": "]);
  const ensureAscii = options.ensureAscii ?? true;
  const sortKeys = options.sortKeys ?? false;
  const stack: object[] = [];

  const write = (item: unknown, depth: number): string | undefined => {
    if (item === null) return "null";
    if (item === true) return "true";
    if (item === false) return "false";
    if (typeof item === "string") return pythonJsonString(item, ensureAscii);
    if (typeof item === "number") return jsonNumber(item);
    if (typeof item === "bigint") return item.toString();
    if (typeof item !== "object") return undefined;
    if (stack.includes(item)) throw new ValueError("Circular reference detected");
    stack.push(item);
    try {
      const open = unit === null ? "" : `\n${unit.repeat(depth + 1)}`;
      const close = unit === null ? "" : `\n${unit.repeat(depth)}`;
      if (Array.isArray(item)) {
        if (item.length === 0) return "[]";
        const parts = item.map((x) => write(x, depth + 1) ?? "null");
        return `[${open}${parts.join(itemSep + open)}${close}]`;
      }
      let entries: [unknown, unknown][];
      if (isPlainObject(item)) entries = Object.entries(item);
      else if (options.default) return write(options.default(item), depth);
      else if (item instanceof Map) entries = [...item.entries()];
      else if (typeof (item as { toJSON?: unknown }).toJSON === "function")
        return write((item as { toJSON(): unknown }).toJSON(), depth);
      else if (ArrayBuffer.isView(item)) throw notSerializable(item);
      else entries = Object.entries(item);
      const parts: [string, string][] = [];
      for (const [k, v] of entries) {
        const written = write(v, depth + 1);
        if (written !== undefined) parts.push([keyText(k), written]);
      }
      if (sortKeys) parts.sort((a, b) => compareCodePoints(a[0], b[0]));
      if (parts.length === 0) return "{}";
      const fields = parts.map(([k, v]) => `${pythonJsonString(k, ensureAscii)}${keySep}${v}`);
      return `{${open}${fields.join(itemSep + open)}${close}}`;
    } finally {
      stack.pop();
    }
  };

  const text = write(value === undefined ? null : value, 0);
  if (text === undefined) throw notSerializable(value);
  return text;
}
