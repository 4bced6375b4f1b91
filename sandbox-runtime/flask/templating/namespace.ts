import { splitKeywordArgs } from "./keywords.ts";
import { pyRepr } from "../python/index.ts";

/**
 * Jinja's `namespace()`: an object whose attributes `{% set ns.attr = … %}` may change, so a value
 * can be carried out of a loop.
 * @example {% set ns = namespace(total=0) %}{% for x in xs %}{% set ns.total = ns.total + x %}{% endfor %}
 * @see jinja2/utils.py Namespace
 */
export class Namespace {
  [attr: string]: unknown;

  constructor(...args: unknown[]) {
    const { args: positional, kwargs } = splitKeywordArgs(args);
    for (const initial of positional) {
      if (initial instanceof Map) for (const [k, v] of initial) this[String(k)] = v;
      else if (typeof initial === "object" && initial !== null) Object.assign(this, initial);
    }
    if (kwargs) Object.assign(this, kwargs);
  }

  toString(): string {
    return `<Namespace {${Object.entries(this)
      .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
      .join(", ")}}>`;
  }
}

/**
 * The `namespace` global: builds a Namespace from a dict and/or keyword arguments.
 * @example namespace({ a: 1 }) // Namespace { a: 1 }
 * @see jinja2/defaults.py DEFAULT_NAMESPACE
 */
export function namespace(...args: unknown[]): Namespace {
  return new Namespace(...args);
}
