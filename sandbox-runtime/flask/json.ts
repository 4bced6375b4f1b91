/**
 * JSON support: the app's JSON provider, `jsonify`, `dumps` and `loads`.
 * @see flask/json/provider.py, flask/json/__init__.py
 */
import type { Flask } from "./app.ts";
import { currentContext } from "./globals.ts";
import { httpDate } from "./http.ts";
import { Response } from "./wrappers/response.ts";

/** Options for {@link JSONProvider.dumps}. */
export interface DumpsOptions {
  sortKeys?: boolean;
  ensureAscii?: boolean;
  /** Indent nested values by this many spaces (Python's `indent`). */
  indent?: number | null;
  /** Python's separators; compact output uses `[",", ":"]`. */
  separators?: [string, string];
}

function typeName(value: object): string {
  return value.constructor?.name ?? "object";
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Values the default provider serializes specially, like Flask's `_default`. */
function toJsonable(value: unknown): unknown {
  if (value instanceof Date) return httpDate(value);
  if (value !== null && typeof value === "object") {
    const html = (value as { __html__?: () => unknown }).__html__;
    if (typeof html === "function") return String(html.call(value));
    const toJSON = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === "function") return toJSON.call(value);
  }
  if (typeof value === "bigint") return value;
  throw new TypeError(`Object of type ${typeName(value as object)} is not JSON serializable`);
}

function quote(text: string, ensureAscii: boolean): string {
  const out = JSON.stringify(text);
  // Python's ensure_ascii escapes everything outside printable ASCII, DEL included.
  return ensureAscii
    ? out.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : out;
}

/**
 * Serialize like Python's `json.dumps`: `NaN`/`Infinity` literals, sorted keys, ASCII escapes.
 * @example
 * pythonJsonDumps({ b: 1, a: "ą" }, { sortKeys: true, ensureAscii: true }); // '{"a": "\\u0105", "b": 1}'
 * @see python json.dumps
 */
export function pythonJsonDumps(value: unknown, options: DumpsOptions = {}): string {
  const { sortKeys = false, ensureAscii = true, indent = null } = options;
  const [itemSep, keySep] = options.separators ?? (indent !== null ? [",", ": "] : [", ", ": "]);
  const seen = new Set<object>();
  const write = (v: unknown, depth: number): string => {
    if (v === null || v === undefined) return "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") {
      if (Number.isNaN(v)) return "NaN";
      if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
      return JSON.stringify(v);
    }
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "string") return quote(v, ensureAscii);
    if (typeof v !== "object")
      throw new TypeError(`Object of type ${typeof v} is not JSON serializable`);
    if (seen.has(v)) throw new TypeError("Circular reference detected");
    const pad = indent !== null ? `\n${" ".repeat(indent * (depth + 1))}` : "";
    const end = indent !== null ? `\n${" ".repeat(indent * depth)}` : "";
    const join = indent !== null ? `${itemSep}${pad}` : itemSep;
    seen.add(v);
    try {
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        return `[${pad}${v.map((item) => write(item, depth + 1)).join(join)}${end}]`;
      }
      if (!isPlainObject(v)) return write(toJsonable(v), depth);
      let entries = Object.entries(v).filter(
        ([, item]) => item !== undefined && typeof item !== "function",
      );
      if (sortKeys) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (entries.length === 0) return "{}";
      return `{${pad}${entries.map(([k, item]) => `${quote(k, ensureAscii)}${keySep}${write(item, depth + 1)}`).join(join)}${end}}`;
    } finally {
      seen.delete(v);
    }
  };
  return write(value, 0);
}

/**
 * How an app turns data into JSON: sorted keys, ASCII only, compact responses unless debug.
 * @example
 * app.json.sortKeys = false;
 * app.json.compact = false;
 * @see flask/json/provider.py DefaultJSONProvider
 */
export class DefaultJSONProvider {
  /** Sort object keys (Flask's `sort_keys`). */
  sortKeys = true;
  /** Escape non-ASCII characters (Flask's `ensure_ascii`). */
  ensureAscii = true;
  /** `null`: compact unless debug; `true`/`false` forces it. */
  compact: boolean | null = null;
  mimetype = "application/json";
  #app: Flask;

  constructor(app: Flask) {
    this.#app = app;
  }

  /** Serialize `value` to a JSON string. */
  dumps(value: unknown, options: DumpsOptions = {}): string {
    return pythonJsonDumps(value, {
      sortKeys: this.sortKeys,
      ensureAscii: this.ensureAscii,
      ...options,
    });
  }

  /** Parse a JSON string or bytes. */
  loads(text: string | Uint8Array): unknown {
    return JSON.parse(typeof text === "string" ? text : new TextDecoder().decode(text));
  }

  /**
   * A JSON response: one value as is, several values as a list, nothing as `null`.
   * Flask 2.2 also read JSONIFY_PRETTYPRINT_REGULAR / JSONIFY_MIMETYPE; Flask 2.3+ dropped them
   * for `app.json.compact` / `app.json.mimetype`, which this follows.
   */
  response(...args: unknown[]): Response {
    const value = args.length === 0 ? null : args.length === 1 ? args[0] : args;
    const pretty = (this.compact === null && this.#app.debug) || this.compact === false;
    const text = this.dumps(value, pretty ? { indent: 2 } : { separators: [",", ":"] });
    return new this.#app.responseClass(`${text}\n`, { mimetype: this.mimetype });
  }
}

/**
 * A JSON response from the current app: `jsonify({ ok: true })`, or several values as a list.
 * @example
 * app.get("/api", function api() { return jsonify({ name: "ana" }); });
 * @see flask/json/__init__.py jsonify
 */
export function jsonify(...args: unknown[]): Response {
  const ctx = currentContext();
  if (!ctx) {
    // Like Flask, outside an app context the defaults apply.
    const value = args.length === 0 ? null : args.length === 1 ? args[0] : args;
    return new Response(`${pythonJsonDumps(value, { sortKeys: true, separators: [",", ":"] })}\n`, {
      mimetype: "application/json",
    });
  }
  return ctx.app.json.response(...args);
}

/**
 * Serialize with the current app's provider (or Python's defaults outside a context).
 * @example
 * dumps({ a: 1 }); // '{"a": 1}'
 * @see flask/json/__init__.py dumps
 */
export function dumps(value: unknown, options: DumpsOptions = {}): string {
  const ctx = currentContext();
  if (ctx) return ctx.app.json.dumps(value, options);
  return pythonJsonDumps(value, { sortKeys: true, ...options });
}

/**
 * Parse JSON with the current app's provider.
 * @example
 * loads('{"a": 1}');
 * @see flask/json/__init__.py loads
 */
export function loads(text: string | Uint8Array): unknown {
  const ctx = currentContext();
  if (ctx) return ctx.app.json.loads(text);
  return JSON.parse(typeof text === "string" ? text : new TextDecoder().decode(text));
}
