import { splitKeywordArgs, takesRawKeywords } from "./keywords.ts";
import { namespace } from "./namespace.ts";

function range(...args: unknown[]): number[] {
  const numbers = args.map(Number);
  const [start, stop, step] =
    numbers.length === 1
      ? [0, numbers[0] as number, 1]
      : [numbers[0] as number, numbers[1] as number, numbers[2] ?? 1];
  if (step === 0) throw new Error("range() arg 3 must not be zero");
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

function dict(...args: unknown[]): Record<string, unknown> {
  const { args: positional, kwargs } = splitKeywordArgs(args);
  const out: Record<string, unknown> = {};
  for (const initial of positional) {
    if (initial instanceof Map) for (const [k, v] of initial) out[String(k)] = v;
    else if (Array.isArray(initial))
      for (const [k, v] of initial as [unknown, unknown][]) out[String(k)] = v;
    else if (typeof initial === "object" && initial !== null) Object.assign(out, initial);
  }
  return Object.assign(out, kwargs);
}

/**
 * Jinja's default globals that nunjucks lacks or has differently: `range`, `dict`, `namespace`
 * (nunjucks' own `cycler` and `joiner` stay).
 * @example Object.assign(env.globals, jinjaGlobals())
 * @see jinja2/defaults.py DEFAULT_NAMESPACE
 */
export function jinjaGlobals(): Record<string, unknown> {
  return { range, dict: takesRawKeywords(dict), namespace: takesRawKeywords(namespace) };
}
