/**
 * Flask's configuration object and its defaults.
 * @see flask/config.py
 */
import { pyRepr } from "./python/index.ts";

/**
 * Flask's default configuration. These follow Flask 3.x: the `ENV` and `JSON_*` keys that
 * Flask 2.2 still lists were removed in 2.3, and JSON settings live on `app.json` instead.
 * `PERMANENT_SESSION_LIFETIME` is in seconds (Python uses a timedelta of 31 days).
 * @example
 * DEFAULT_CONFIG.SESSION_COOKIE_NAME; // "session"
 * @see flask/app.py Flask.default_config
 */
export const DEFAULT_CONFIG: Readonly<Record<string, unknown>> = Object.freeze({
  DEBUG: null,
  TESTING: false,
  PROPAGATE_EXCEPTIONS: null,
  SECRET_KEY: null,
  PERMANENT_SESSION_LIFETIME: 31 * 24 * 60 * 60,
  USE_X_SENDFILE: false,
  SERVER_NAME: null,
  APPLICATION_ROOT: "/",
  SESSION_COOKIE_NAME: "session",
  SESSION_COOKIE_DOMAIN: null,
  SESSION_COOKIE_PATH: null,
  SESSION_COOKIE_HTTPONLY: true,
  SESSION_COOKIE_SECURE: false,
  SESSION_COOKIE_SAMESITE: null,
  SESSION_REFRESH_EACH_REQUEST: true,
  MAX_CONTENT_LENGTH: null,
  SEND_FILE_MAX_AGE_DEFAULT: null,
  TRAP_BAD_REQUEST_ERRORS: null,
  TRAP_HTTP_EXCEPTIONS: false,
  EXPLAIN_TEMPLATE_LOADING: false,
  PREFERRED_URL_SCHEME: "http",
  TEMPLATES_AUTO_RELOAD: null,
  MAX_COOKIE_SIZE: 4093,
});

// Python's str.isupper(): some cased letter, and none of them lowercase (so "ÄÖ" counts, "STRAßE" not).
const isUpper = (key: string): boolean => key === key.toUpperCase() && key !== key.toLowerCase();

/**
 * A dictionary of settings read as `app.config.KEY` or `app.config["KEY"]`.
 * @example
 * app.config.fromMapping({ SECRET_KEY: "dev" });
 * app.config.get("SECRET_KEY"); // "dev"
 * @see flask/config.py Config
 */
export class Config {
  [key: string]: unknown;

  constructor(defaults?: Record<string, unknown>) {
    if (defaults) Object.assign(this, defaults);
  }

  /** The value for `key`, or `defaultValue` when it is not set. */
  get<T = unknown>(key: string, defaultValue?: T): T {
    return (Object.hasOwn(this, key) ? this[key] : defaultValue) as T;
  }

  /** Set `key` (the same as `config[key] = value`). */
  set(key: string, value: unknown): void {
    this[key] = value;
  }

  has(key: string): boolean {
    return Object.hasOwn(this, key);
  }

  /** Copy the UPPERCASE attributes of an object or class (static fields count). */
  fromObject(obj: object): true {
    const keys = new Set<string>();
    for (
      let o: object | null = obj;
      o && o !== Object.prototype && o !== Function.prototype;
      o = Object.getPrototypeOf(o)
    ) {
      for (const key of Object.getOwnPropertyNames(o)) keys.add(key);
    }
    for (const key of keys) {
      if (isUpper(key)) this[key] = (obj as Record<string, unknown>)[key];
    }
    return true;
  }

  /** Copy the UPPERCASE keys of a mapping (and of `extra`), ignoring the rest. */
  fromMapping(
    mapping?: Record<string, unknown> | Iterable<readonly [string, unknown]>,
    extra?: Record<string, unknown>,
  ): true {
    const entries: [string, unknown][] = [];
    if (mapping) {
      if (Symbol.iterator in Object(mapping))
        entries.push(...(mapping as Iterable<[string, unknown]>));
      else entries.push(...Object.entries(mapping));
    }
    if (extra) entries.push(...Object.entries(extra));
    for (const [key, value] of entries) if (isUpper(key)) this[key] = value;
    return true;
  }

  /** Load a JSON (or other) file's text through `load`, then {@link fromMapping}. */
  fromFile(
    text: string | null,
    load: (text: string) => Record<string, unknown> = JSON.parse,
    silent = false,
  ): boolean {
    if (text === null) {
      if (silent) return false;
      throw new Error("Unable to load configuration file (No such file or directory)");
    }
    return this.fromMapping(load(text));
  }

  /** Keys starting with `namespace`, as in `getNamespace("IMAGE_STORE_")`. */
  getNamespace(
    namespace: string,
    options: { lowercase?: boolean; trimNamespace?: boolean } = {},
  ): Record<string, unknown> {
    const { lowercase = true, trimNamespace = true } = options;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) {
      if (!key.startsWith(namespace)) continue;
      let name = trimNamespace ? key.slice(namespace.length) : key;
      if (lowercase) name = name.toLowerCase();
      out[name] = value;
    }
    return out;
  }

  /** Werkzeug's `update`: set every key given, uppercase or not. */
  update(values: Record<string, unknown>): void {
    Object.assign(this, values);
  }

  toString(): string {
    return `<Config ${pyRepr({ ...this })}>`;
  }
}
