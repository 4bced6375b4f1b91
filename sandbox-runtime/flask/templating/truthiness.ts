import { isSafe } from "./markup.ts";

/**
 * Python's truth value of a template value: empty lists, dicts, strings and sets are false, as
 * are 0, None and undefined. `{% if messages %}` is false for `[]`, as in Jinja.
 * @example pyTruthy([]) // false
 * @see Objects/object.c PyObject_IsTrue
 */
export function pyTruthy(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return Boolean(value);
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (isSafe(value)) return String(value).length > 0;
  const len = (value as { __len__?: unknown }).__len__;
  if (typeof len === "function") return Number(len.call(value)) > 0;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return Object.keys(value).length > 0;
  return true;
}
