import { installAutoescapeTag } from "./autoescape-tag.ts";
import { itemTarget, readItem } from "../item-access.ts";
import { installIncludeStatement } from "./include-statement.ts";
import { splitKeywordArgs, takesRawKeywords, wantsRawKeywords } from "./keywords.ts";
import { installLoopExtras } from "./loop-extras.ts";
import { escapeHtml, hasHtml } from "./markup.ts";
import { nunjucks } from "./nunjucks.ts";
import { installPythonOperators } from "./operators.ts";
import { pyTypeName } from "../python/index.ts";
import { templateStr } from "./template-str.ts";
import { prefersPythonMethod, pythonMethod } from "./python-methods.ts";
import { installSetStatement } from "./set-statement.ts";
import { installStrictUndefined } from "./strict-undefined.ts";
import { installPythonTruthiness } from "./truthiness-compile.ts";
import { installWithStatement } from "./with-statement.ts";

type AnyFn = (...args: unknown[]) => unknown;

let installed = false;

/**
 * Adjust the bundle's runtime so that templates behave like Jinja under Flask: MarkupSafe
 * escaping, Python's way of printing values, keyword arguments reaching JavaScript functions as
 * one trailing object, Python methods on dicts/lists/strings, iterating a dict yields its keys;
 * then Jinja's loop object, truthiness, strict undefined, `with`, `autoescape`, operators and
 * `set` forms from their own modules. Runs once per realm.
 * @example installJinjaRuntime()
 * @see jinja2/runtime.py
 */
export function installJinjaRuntime(): void {
  if (installed) return;
  installed = true;
  const runtime = nunjucks.runtime;
  const lib = nunjucks.lib;
  const SafeString = runtime.SafeString;
  const plainLookup = runtime.memberLookup as (obj: unknown, key: unknown) => unknown;

  // The compat layer adds slices (`items[1:3]`) and the names True/False/None; its own member
  // lookup would shadow methods of class instances (request.args.get), so ours replaces it below.
  nunjucks.installJinjaCompat();
  const sliceLookup = runtime.memberLookup as AnyFn;

  lib.escape = escapeHtml;

  runtime.suppressValue = (value: unknown, autoescape: boolean): unknown => {
    if (value instanceof SafeString) return value;
    if (autoescape) return hasHtml(value) ? value.__html__() : escapeHtml(templateStr(value));
    return templateStr(value);
  };

  const makeMacro = runtime.makeMacro as AnyFn;
  runtime.makeMacro = (...args: unknown[]) => {
    return takesRawKeywords(makeMacro(...args) as AnyFn);
  };

  runtime.callWrap = function callWrap(
    fn: unknown,
    name: string,
    context: unknown,
    args: unknown[],
  ) {
    if (fn === undefined) throw new Error(`'${name}' is undefined`);
    if (typeof fn !== "function") throw new TypeError(`'${pyTypeName(fn)}' object is not callable`);
    const split = wantsRawKeywords(fn) ? undefined : splitKeywordArgs(args);
    const result = split
      ? fn.apply(context, split.kwargs ? [...split.args, split.kwargs] : split.args)
      : fn.apply(context, args);
    // A Python call always returns something, None at least: `{{ session.get("x") }}` prints
    // "None" in Jinja, and `|default` leaves it alone, as it does a JS call that returns nothing.
    return result === undefined ? null : result;
  };

  runtime.memberLookup = function memberLookup(obj: unknown, key: unknown, ...rest: unknown[]) {
    if (rest.length === 2) {
      const sliced = sliceLookup(obj, key, ...rest) as unknown[];
      return typeof obj === "string" ? sliced.join("") : sliced;
    }
    if (obj === undefined || obj === null) return undefined;
    if (typeof key === "number" && key < 0 && (Array.isArray(obj) || typeof obj === "string")) {
      return obj[obj.length + key];
    }
    const name = String(key);
    if (prefersPythonMethod(obj, name)) return pythonMethod(obj, name);
    // Jinja falls back from the attribute to the item: `request.args.q`, `request.headers.host`;
    // a missing key is Undefined there, not the BadRequestKeyError a view's `args.q` raises.
    const item = readItem(obj, name);
    if (item && !(name in itemTarget(obj as object))) return item[0] ? item[1] : undefined;
    if (obj instanceof Map && obj.has(key)) return obj.get(key);
    const value = (obj as Record<string, unknown>)[name];
    if (wantsRawKeywords(value)) return value;
    if (value === undefined) return pythonMethod(obj, name);
    return plainLookup(obj, key);
  };

  const fromIterator = runtime.fromIterator as AnyFn;
  runtime.fromIterator = (value: unknown) => {
    if (value instanceof Map) return [...value.keys()];
    if (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      !(Symbol.iterator in value)
    ) {
      if (value instanceof SafeString) return [...String(value)];
      return Object.keys(value);
    }
    if (typeof value === "string") return [...value];
    return fromIterator(value);
  };

  installLoopExtras();
  installPythonTruthiness();
  installStrictUndefined();
  installWithStatement();
  installIncludeStatement();
  installPythonOperators();
  installAutoescapeTag();
  installSetStatement();
}
