/**
 * Assertions in the shape of pytest's: a failed one says what it compared
 * (`assert 404 == 200`), and the runner shows the learner's line.
 * @see _pytest/assertion/rewrite.py (the messages pytest writes for a failed `assert`)
 */

// Python has one AssertionError: a failed `assert` raises the one Flask raises for a setup
// mistake, so `raises(AssertionError, …)` catches either, whichever entry it was imported from.
import { AssertionError } from "../flask/app.ts";

export { AssertionError };

const LIMIT = 240;

/** A value as the failure message prints it. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "bigint") text = `${value}n`;
  else if (value === undefined || typeof value === "function" || typeof value === "symbol")
    text = String(value);
  else if (value instanceof Uint8Array)
    text = `bytes(${JSON.stringify(new TextDecoder().decode(value))})`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text;
}

/** Equality as Python's `==` sees lists, dicts and bytes: by content. */
export function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array)
    return a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]))
    );
  }
  return false;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function contains(container: unknown, member: unknown): boolean {
  if (typeof container === "string")
    return typeof member === "string" && container.includes(member);
  if (Array.isArray(container)) return container.some((x) => equal(x, member));
  if (container instanceof Map || container instanceof Set) return container.has(member);
  if (container && typeof (container as { has?: unknown }).has === "function")
    return Boolean((container as { has(k: unknown): boolean }).has(member));
  // A dict-like object (a plain object, the session): its own keys, as `key in dict` reads them.
  if (container !== null && typeof container === "object")
    return typeof member === "string" && Object.hasOwn(container, member);
  throw new TypeError(`assert.includes: cannot look inside ${show(container)}`);
}

function fail(message: string | undefined, described: string): never {
  throw new AssertionError(message ? `${message}\n${described}` : described);
}

interface Assert {
  /** `assert value`: fails when the value is falsy. */
  (value: unknown, message?: string): asserts value;
  /** `assert actual == expected`, comparing lists, objects and bytes by content. */
  equal(actual: unknown, expected: unknown, message?: string): void;
  /** `assert actual != expected`. */
  notEqual(actual: unknown, expected: unknown, message?: string): void;
  /** `assert member in container`: a substring, a list item, an object's key, a MultiDict key. */
  includes(container: unknown, member: unknown, message?: string): void;
  /** `assert member not in container`. */
  notIncludes(container: unknown, member: unknown, message?: string): void;
}

/**
 * pytest's `assert` for TypeScript.
 * @example
 * assert(response.text.includes("Ana"));
 * assert.equal(response.statusCode, 200);
 * assert.includes(response.text, "Ana");
 * @see _pytest/assertion/rewrite.py
 */
export const assert: Assert = Object.assign(
  (value: unknown, message?: string): asserts value => {
    if (!value) fail(message, `assert ${show(value)}`);
  },
  {
    equal(actual: unknown, expected: unknown, message?: string) {
      if (!equal(actual, expected)) fail(message, `assert ${show(actual)} == ${show(expected)}`);
    },
    notEqual(actual: unknown, expected: unknown, message?: string) {
      if (equal(actual, expected)) fail(message, `assert ${show(actual)} != ${show(expected)}`);
    },
    includes(container: unknown, member: unknown, message?: string) {
      if (!contains(container, member))
        fail(message, `assert ${show(member)} in ${show(container)}`);
    },
    notIncludes(container: unknown, member: unknown, message?: string) {
      if (contains(container, member))
        fail(message, `assert ${show(member)} not in ${show(container)}`);
    },
  },
);

/** A class of errors, as `raises` takes it. */
// biome-ignore lint/suspicious/noExplicitAny: any error class, whatever its constructor takes.
export type ErrorClass<E extends Error = Error> = abstract new (...args: any[]) => E;

/**
 * `with pytest.raises(E):` — run `fn` and return what it threw, failing when it throws nothing
 * or something that is not an `E`.
 * @example
 * const error = await raises(KeyError, () => session.pop("missing"));
 * @see _pytest/python_api.py raises
 */
export async function raises<E extends Error>(
  expected: ErrorClass<E>,
  fn: () => unknown,
): Promise<E> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof expected) return error;
    throw error;
  }
  throw new AssertionError(`DID NOT RAISE ${expected.name}`);
}
