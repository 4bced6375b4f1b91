/**
 * What `{{ value }}` prints: Python's `str()`, except that a value the template does not have
 * (Jinja's `Undefined`) prints as nothing.
 * @see jinja2/runtime.py Undefined.__str__
 */
import { pyStr } from "../python/index.ts";

/**
 * Python's `str()` of a template value; undefined prints as nothing.
 * @example templateStr(true) // "True"
 * @see jinja2/runtime.py markup_join
 */
export function templateStr(value: unknown): string {
  return value === undefined ? "" : pyStr(value);
}
