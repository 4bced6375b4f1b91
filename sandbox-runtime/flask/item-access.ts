/**
 * Python's `d["key"]` for the port's dict-like classes: keys read as properties through a Proxy.
 * @see werkzeug/datastructures/structures.py MultiDict.__getitem__
 * @see werkzeug/datastructures/headers.py Headers.__getitem__
 */

/** Keys read with `d.key` or `d["key"]`; members of the class keep their own types. */
export type ItemAccess<V> = { readonly [key: string]: V };

/** Keys read and written with `d.key` / `d["key"] = v`, like Python's `d[key] = v`. */
export type WritableItemAccess<V> = { [key: string]: V };

/** What a dict-like class tells the Proxy about its keys. */
export interface ItemAccessHooks {
  /** `[true, value]` for a present key, `[false]` for a missing one. */
  lookup(key: string): [true, unknown] | [false];
  /** Every key, in order, for `Object.keys(d)` and `{ ...d }`. */
  keys(): Iterable<string>;
  /** What a missing key throws (Python's `KeyError` or Werkzeug's `BadRequestKeyError`). */
  missing(key: string): Error;
  /** `d[key] = value`. */
  write?(key: string, value: unknown): void;
  /** `delete d[key]` (throwing for a missing key where Python's `del` would). */
  remove?(key: string): void;
}

/**
 * Look a key up without the Python-style error: what templates use (Jinja's item lookup).
 * @example
 * readItem(request.args, "q"); // [true, "flask"] or [false]
 * @see jinja2/environment.py Environment.getattr
 */
export const READ_ITEM = Symbol("kolba.readItem");

/** What tools and the runtime probe for on any object; a missing one of these is no key lookup. */
const PROBES = new Set([
  "then",
  "length",
  "asymmetricMatch",
  "nodeType",
  "nodeName",
  "tagName",
  "toAsymmetricMatcher",
  "_isMockFunction",
  "$$typeof",
  "inspect",
]);

function isProbe(name: string): boolean {
  return PROBES.has(name) || name.startsWith("__") || name.startsWith("@@");
}

const targets = new WeakMap<object, object>();

/**
 * The object a dict-like Proxy wraps (methods run on it, so its #private fields are reachable).
 * @example
 * itemTarget(new MultiDict()); // the MultiDict behind the Proxy
 * @see withItemAccess
 */
export function itemTarget<T extends object>(value: T): T {
  return (targets.get(value) as T | undefined) ?? value;
}

/**
 * Wrap `target` so that a key that is not a member reads as the key's value (`d.name`,
 * `d["name"]`), a missing key throws `hooks.missing(key)`, `"name" in d` tells presence, and
 * `Object.keys(d)` lists the keys. Members (methods, getters, symbols) win over keys.
 * @example
 * return withItemAccess(this, { lookup, keys, missing: (k) => new BadRequestKeyError(k) });
 * @see werkzeug/datastructures/structures.py MultiDict.__getitem__
 */
export function withItemAccess<T extends object>(target: T, hooks: ItemAccessHooks): T {
  const bound = new Map<PropertyKey, unknown>();
  const member = (prop: PropertyKey): unknown => {
    const value: unknown = Reflect.get(target, prop, target);
    if (typeof value !== "function" || prop === "constructor") return value;
    // Methods run on the target: #private fields live there, not on the Proxy.
    let fn = bound.get(prop);
    if (fn === undefined || (fn as { original?: unknown }).original !== value) {
      fn = Object.assign(value.bind(target), { original: value });
      bound.set(prop, fn);
    }
    return fn;
  };
  const readItem = (key: string) => hooks.lookup(key);
  const proxy = new Proxy(target, {
    get(_, prop) {
      if (prop === READ_ITEM) return readItem;
      if (typeof prop === "symbol" || prop in target) return member(prop);
      const found = hooks.lookup(prop);
      if (found[0]) return found[1];
      if (isProbe(prop)) return undefined;
      throw hooks.missing(prop);
    },
    has(_, prop) {
      if (typeof prop === "symbol" || prop in target) return prop in target;
      return hooks.lookup(prop)[0];
    },
    set(_, prop, value) {
      if (typeof prop === "symbol" || prop in target || !hooks.write)
        return Reflect.set(target, prop, value, target);
      hooks.write(prop, value);
      return true;
    },
    deleteProperty(_, prop) {
      if (typeof prop === "symbol" || prop in target || !hooks.remove)
        return Reflect.deleteProperty(target, prop);
      hooks.remove(prop);
      return true;
    },
    ownKeys() {
      return [...new Set(hooks.keys())];
    },
    getOwnPropertyDescriptor(_, prop) {
      if (typeof prop === "symbol") return undefined;
      const found = hooks.lookup(prop);
      if (!found[0]) return undefined;
      return { value: found[1], writable: false, enumerable: true, configurable: true };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/**
 * Read a key of any dict-like value without throwing: `[true, value]` or `[false]`.
 * @example
 * readItem(request.headers, "host"); // [true, "localhost"]
 * @see withItemAccess
 */
export function readItem(value: unknown, key: string): [true, unknown] | [false] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const read = (value as { [READ_ITEM]?: (key: string) => [true, unknown] | [false] })[READ_ITEM];
  return typeof read === "function" ? read(key) : undefined;
}
