import { readItem } from "../item-access.ts";

/**
 * Look up `obj.attr` or `obj[key]` as Jinja's `environment.getitem`/`getattr` do; missing → undefined.
 * @example getItem({ a: 1 }, "a") // 1
 * @see jinja2/environment.py Environment.getitem
 */
export function getItem(obj: unknown, key: unknown): unknown {
  if (obj === undefined || obj === null) return undefined;
  if (obj instanceof Map) return obj.get(key);
  const item = readItem(obj, String(key));
  if (item) return item[0] ? item[1] : undefined;
  if (typeof key === "number" && key < 0 && (Array.isArray(obj) || typeof obj === "string")) {
    return (obj as ArrayLike<unknown>)[obj.length + key];
  }
  return (obj as Record<string, unknown>)[String(key)];
}

/**
 * Jinja's attribute getter for filters: dotted paths (`user.name`), numeric parts as indexes.
 * @example makeAttrGetter("address.city")({ address: { city: "Vilnius" } }) // "Vilnius"
 * @see jinja2/filters.py make_attrgetter
 */
export function makeAttrGetter(
  attribute: unknown,
  postprocess?: (value: unknown) => unknown,
  fallback?: unknown,
): (item: unknown) => unknown {
  const parts =
    typeof attribute === "number"
      ? [attribute]
      : String(attribute)
          .split(".")
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return (item) => {
    let value = item;
    for (const part of parts) value = getItem(value, part);
    if (value === undefined && fallback !== undefined) value = fallback;
    return postprocess ? postprocess(value) : value;
  };
}

/**
 * Turn any iterable template value into an array: a dict gives its keys, a string its characters.
 * @example toList({ a: 1, b: 2 }) // ["a", "b"]
 * @see jinja2/filters.py do_list
 */
export function toList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return [...value];
  if (typeof value === "string") return [...value];
  if (value instanceof Map) return [...value.keys()];
  if (typeof value === "object" && Symbol.iterator in value)
    return [...(value as Iterable<unknown>)];
  if (typeof value === "object") return Object.keys(value);
  throw new TypeError(`'${typeof value}' object is not iterable`);
}

/**
 * Compare two values as Python's sort does (numbers by value, strings by code point).
 * @example [3, 1, 2].sort(pyCompare) // [1, 2, 3]
 * @see Objects/listobject.c list.sort
 */
export function pyCompare(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = pyCompare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const x = typeof a === "boolean" ? Number(a) : a;
  const y = typeof b === "boolean" ? Number(b) : b;
  if (typeof x === "number" && typeof y === "number") return x - y;
  const s = String(x);
  const t = String(y);
  return s < t ? -1 : s > t ? 1 : 0;
}
