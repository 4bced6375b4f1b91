/**
 * Python's `KeyError` and the text `str(KeyError(key))` prints.
 * @see cpython Objects/exceptions.c KeyError
 */

/** Marks errors that Python would also catch as `KeyError` (Werkzeug's BadRequestKeyError). */
export const KEY_ERROR = Symbol.for("kolba.python.KeyError");

/**
 * `repr(key)` as `str(KeyError(key))` shows it: a string in quotes, anything else as text.
 * @example
 * keyRepr("user"); // "'user'"
 * keyRepr("it's"); // "\"it's\""
 * @see cpython Objects/unicodeobject.c unicode_repr
 */
export function keyRepr(key: unknown): string {
  if (typeof key !== "string") return String(key);
  const quote = key.includes("'") && !key.includes('"') ? '"' : "'";
  let body = key
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t");
  if (quote === "'") body = body.replace(/'/g, "\\'");
  return quote + body + quote;
}

/**
 * Python's KeyError: a missing key. `instanceof KeyError` also holds for Werkzeug's
 * `BadRequestKeyError`, which Python catches as a KeyError too.
 * @example
 * new MultiDict().pop("x"); // throws KeyError, message "'x'"
 * @see cpython Objects/exceptions.c KeyError
 */
export class KeyError extends Error {
  /** The missing key, as given. */
  readonly key: unknown;

  constructor(key?: unknown) {
    super(key === undefined ? "" : keyRepr(key));
    this.name = "KeyError";
    this.key = key;
  }
}

// `this` is the class instanceof asks about: a subclass of KeyError must not match.
Object.defineProperty(KeyError, Symbol.hasInstance, {
  value: function hasInstance(this: abstract new (...args: never[]) => unknown, value: unknown) {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return (
      this === KeyError &&
      typeof value === "object" &&
      value !== null &&
      (value as { [KEY_ERROR]?: boolean })[KEY_ERROR] === true
    );
  },
});
