/**
 * Python's tuple: JavaScript has none, so an array is marked as one; it then prints as `('a', 1)`
 * and Flask's tagged JSON writes it with the ` t` tag.
 */

const tuples = new WeakSet<object>();

/**
 * Make a tuple: a frozen array marked as one.
 * @example
 * tuple("a", 1); // ["a", 1], printed as ('a', 1)
 * @see cpython Objects/tupleobject.c
 */
export function tuple<T extends unknown[]>(...items: T): Readonly<T> {
  const value = Object.freeze(items);
  tuples.add(value);
  return value;
}

/**
 * Mark an existing array as a tuple in place (a template's `dict.items()` pairs).
 * @example
 * markTuple(["a", 1]); // printed as ('a', 1)
 * @see cpython Objects/tupleobject.c
 */
export function markTuple<T extends unknown[]>(items: T): T {
  tuples.add(items);
  return items;
}

/**
 * Whether a value was made by `tuple` or `markTuple`.
 * @example
 * isTuple(tuple(1)); // true
 * @see cpython Objects/tupleobject.c PyTuple_Check
 */
export function isTuple(value: unknown): value is readonly unknown[] {
  return typeof value === "object" && value !== null && tuples.has(value);
}
