/**
 * Python's built-in exceptions that the port raises where Flask, Werkzeug or Python raise them,
 * named as Python names them so `instanceof` and the printed name both read like Python.
 * JavaScript's own `TypeError` already carries Python's name and is used as it is.
 * @see cpython Objects/exceptions.c
 */
import { pyRepr } from "./repr.ts";

/** Marks errors that Python would also catch as `KeyError` (Werkzeug's BadRequestKeyError). */
export const KEY_ERROR = Symbol.for("kolba.python.KeyError");

/**
 * Python's `RuntimeError`, which Flask raises for work outside a context or a write to a
 * session without a secret key.
 * @example
 * request.path; // outside a request: RuntimeError
 * @see cpython Objects/exceptions.c RuntimeError
 */
export class RuntimeError extends Error {
  override get name(): string {
    return "RuntimeError";
  }
}

/**
 * Python's `ValueError`: a value of the right type but the wrong content (a malformed UUID, an
 * invalid `SameSite`, a circular structure given to `json.dumps`).
 * @example
 * throw new ValueError("badly formed hexadecimal UUID string");
 * @see cpython Objects/exceptions.c ValueError
 */
export class ValueError extends Error {
  override get name(): string {
    return "ValueError";
  }
}

/**
 * Python's `LookupError`, the base of `KeyError`; `abort()` raises it for a status code without
 * an exception class.
 * @example
 * try { abort(299); } catch (e) { e instanceof LookupError; }
 * @see cpython Objects/exceptions.c LookupError
 */
export class LookupError extends Error {
  override get name(): string {
    return "LookupError";
  }
}

/**
 * `repr(key)` as `str(KeyError(key))` shows it.
 * @example
 * keyRepr("user"); // "'user'"
 * keyRepr("it's"); // "\"it's\""
 * @see cpython Objects/exceptions.c KeyError_str
 */
export function keyRepr(key: unknown): string {
  return pyRepr(key);
}

/**
 * Python's KeyError: a missing key. `instanceof KeyError` also holds for Werkzeug's
 * `BadRequestKeyError`, which Python catches as a KeyError too.
 * @example
 * new MultiDict().pop("x"); // throws KeyError, message "'x'"
 * @see cpython Objects/exceptions.c KeyError
 */
export class KeyError extends LookupError {
  /** The missing key, as given. */
  readonly key: unknown;

  constructor(key?: unknown) {
    super(key === undefined ? "" : keyRepr(key));
    this.key = key;
  }

  override get name(): string {
    return "KeyError";
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
