/**
 * JSON support: the app's JSON provider, `jsonify`, `dumps` and `loads`.
 * @see flask/json/provider.py, flask/json/__init__.py
 */
import type { Flask } from "./app.ts";
import { currentContext } from "./globals.ts";
import { httpDate } from "./http.ts";
import { type JsonDumpsOptions, notSerializable, pythonJsonDumps } from "./python/index.ts";
import { Response } from "./wrappers/response.ts";

export { pythonJsonDumps } from "./python/index.ts";

/** Options for {@link DefaultJSONProvider.dumps}: `json.dumps`'s keyword arguments. */
export type DumpsOptions = Omit<JsonDumpsOptions, "default">;

// Flask's `_default`: dates as HTTP dates, anything with `__html__` as its text, `toJSON()`'s
// result; anything else is not serializable.
function flaskDefault(value: object): unknown {
  if (value instanceof Date) return httpDate(value);
  const html = (value as { __html__?: () => unknown }).__html__;
  if (typeof html === "function") return String(html.call(value));
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === "function") return toJSON.call(value);
  throw notSerializable(value);
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
      default: flaskDefault,
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
    const text = pythonJsonDumps(value, {
      sortKeys: true,
      separators: [",", ":"],
      default: flaskDefault,
    });
    return new Response(`${text}\n`, {
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
  return pythonJsonDumps(value, { sortKeys: true, ...options, default: flaskDefault });
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
