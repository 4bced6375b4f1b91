const KEYWORDS_MARK = "__keywords";

/** Keyword arguments a template passed to a call, as a plain object. */
export type Keywords = Record<string, unknown>;

/**
 * Tell whether a value is nunjucks' marked object of keyword arguments.
 * @example isKeywordArgs({ id: 3, __keywords: true }) // true
 * @see nunjucks/src/runtime.js isKeywordArgs
 */
export function isKeywordArgs(value: unknown): value is Keywords {
  return typeof value === "object" && value !== null && Object.hasOwn(value, KEYWORDS_MARK);
}

/**
 * Split a template call's arguments into positional ones and keyword ones (a clean object, or
 * `undefined` when the call used none).
 * @example splitKeywordArgs(["profile", { id: 3, __keywords: true }]) // { args: ["profile"], kwargs: { id: 3 } }
 * @see jinja2/runtime.py Context.call
 */
export function splitKeywordArgs(args: readonly unknown[]): {
  args: unknown[];
  kwargs: Keywords | undefined;
} {
  const last = args[args.length - 1];
  if (!isKeywordArgs(last)) return { args: [...args], kwargs: undefined };
  const { [KEYWORDS_MARK]: _mark, ...kwargs } = last;
  return { args: args.slice(0, -1), kwargs };
}

/**
 * Call a JavaScript function with a template call's arguments, following Kolba's convention:
 * positional arguments first, then, only when the template passed keyword arguments, one plain
 * object holding them. So `url_for('profile', id=3)` calls `fn("profile", { id: 3 })`.
 * @example callWithKeywords(urlFor, ["profile", { id: 3, __keywords: true }])
 * @see jinja2/runtime.py Context.call
 */
export function callWithKeywords<T>(
  fn: (...args: never[]) => T,
  args: readonly unknown[],
  self?: unknown,
): T {
  const split = splitKeywordArgs(args);
  const callArgs = split.kwargs ? [...split.args, split.kwargs] : split.args;
  return (fn as (...a: unknown[]) => T).apply(self, callArgs);
}

/**
 * Bind a call's arguments to named parameters the way Python does: positional first, then
 * keywords, then the defaults.
 * @example bindArgs([10, { end: "!" , __keywords: true }], ["length", "killwords", "end"], [255, false, "..."]) // [10, false, "!"]
 * @see jinja2/filters.py
 */
export function bindArgs(
  args: readonly unknown[],
  names: readonly string[],
  defaults: readonly unknown[],
): unknown[] {
  const { args: positional, kwargs } = splitKeywordArgs(args);
  return names.map((name, i) => {
    if (i < positional.length) return positional[i];
    if (kwargs && Object.hasOwn(kwargs, name)) return kwargs[name];
    return defaults[i];
  });
}

const RAW_KEYWORDS = Symbol.for("kolba.templating.rawKeywords");

/**
 * Mark a function as taking nunjucks' marked keyword object itself (macros, `dict`, `namespace`),
 * so template calls pass it through unchanged instead of as a plain trailing object.
 * @example const dict = takesRawKeywords((...args) => splitKeywordArgs(args).kwargs)
 * @see jinja2/runtime.py Macro
 */
export function takesRawKeywords<F extends (...args: never[]) => unknown>(fn: F): F {
  (fn as F & { [RAW_KEYWORDS]?: boolean })[RAW_KEYWORDS] = true;
  return fn;
}

/**
 * Tell whether a function was marked with {@link takesRawKeywords}.
 * @example wantsRawKeywords(macro) // true
 * @see jinja2/runtime.py Macro
 */
export function wantsRawKeywords(fn: unknown): boolean {
  return typeof fn === "function" && Boolean((fn as { [RAW_KEYWORDS]?: boolean })[RAW_KEYWORDS]);
}
