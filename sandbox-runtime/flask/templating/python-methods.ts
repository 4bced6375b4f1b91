import { splitKeywordArgs, takesRawKeywords } from "./keywords.ts";
import { markTuple } from "../python/index.ts";
import { templateStr } from "./template-str.ts";
import { pyStrFormat } from "./str-format.ts";

type Method = (self: never, ...args: never[]) => unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function entriesOf(self: Record<string, unknown> | Map<unknown, unknown>): [unknown, unknown][] {
  return (self instanceof Map ? [...self] : Object.entries(self)).map((entry) => markTuple(entry));
}

const DICT_METHODS: Record<string, Method> = {
  items: (self: Record<string, unknown> | Map<unknown, unknown>) => entriesOf(self),
  keys: (self: Record<string, unknown> | Map<unknown, unknown>) => entriesOf(self).map(([k]) => k),
  values: (self: Record<string, unknown> | Map<unknown, unknown>) =>
    entriesOf(self).map(([, v]) => v),
  get: (
    self: Record<string, unknown> | Map<unknown, unknown>,
    key: string,
    fallback: unknown = null,
  ) => {
    if (self instanceof Map) return self.has(key) ? self.get(key) : fallback;
    return Object.hasOwn(self, key) ? self[key] : fallback;
  },
};

function pyIndex(length: number, index: number): number {
  return index < 0 ? length + index : index;
}

const LIST_METHODS: Record<string, Method> = {
  append: (self: unknown[], item: unknown) => {
    self.push(item);
    return null;
  },
  extend: (self: unknown[], items: Iterable<unknown>) => {
    self.push(...items);
    return null;
  },
  insert: (self: unknown[], index: number, item: unknown) => {
    self.splice(pyIndex(self.length, index), 0, item);
    return null;
  },
  pop: (self: unknown[], index = -1) => {
    const at = pyIndex(self.length, index);
    if (at < 0 || at >= self.length) throw new Error("pop index out of range");
    return self.splice(at, 1)[0];
  },
  remove: (self: unknown[], item: unknown) => {
    const at = self.indexOf(item);
    if (at < 0) throw new Error("list.remove(x): x not in list");
    self.splice(at, 1);
    return null;
  },
  index: (self: unknown[], item: unknown) => {
    const at = self.indexOf(item);
    if (at < 0) throw new Error(`${templateStr(item)} is not in list`);
    return at;
  },
  count: (self: unknown[], item: unknown) => self.filter((x) => x === item).length,
};

function stripChars(
  text: string,
  chars: string | null | undefined,
  left: boolean,
  right: boolean,
): string {
  const strip = (ch: string) => (chars == null ? /\s/.test(ch) : chars.includes(ch));
  let start = 0;
  let end = text.length;
  if (left) while (start < end && strip(text[start] as string)) start++;
  if (right) while (end > start && strip(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/**
 * Python's `str.split`: on runs of whitespace when no separator is given.
 * @example pySplit("  a  b ") // ["a", "b"]
 * @see Objects/unicodeobject.c str.split
 */
export function pySplit(text: string, sep?: string | null, maxsplit = -1): string[] {
  if (sep == null) {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (maxsplit < 0 || words.length <= maxsplit) return words;
    const out: string[] = [];
    let rest = text.trimStart();
    for (let i = 0; i < maxsplit; i++) {
      const match = /\s+/.exec(rest);
      if (!match) break;
      out.push(rest.slice(0, match.index));
      rest = rest.slice(match.index + match[0].length);
    }
    return rest ? [...out, rest] : out;
  }
  const parts = text.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

/**
 * Jinja's `title` casing: a capital after each run of spaces, dashes or opening brackets.
 * @example pyTitle("hello wORLD-wide") // "Hello World-Wide"
 * @see jinja2/filters.py do_title
 */
export function pyTitle(text: string): string {
  return text
    .split(/([-\s({[<]+)/)
    .filter(Boolean)
    .map((part) => (part[0] ?? "").toUpperCase() + part.slice(1).toLowerCase())
    .join("");
}

/**
 * Python's `str.capitalize`.
 * @example pyCapitalize("hELLO") // "Hello"
 * @see Objects/unicodeobject.c str.capitalize
 */
export function pyCapitalize(text: string): string {
  return text.slice(0, 1).toUpperCase() + text.slice(1).toLowerCase();
}

const STR_METHODS: Record<string, Method> = {
  upper: (self: string) => self.toUpperCase(),
  lower: (self: string) => self.toLowerCase(),
  title: (self: string) => pyTitle(self),
  capitalize: (self: string) => pyCapitalize(self),
  strip: (self: string, chars?: string | null) => stripChars(self, chars, true, true),
  lstrip: (self: string, chars?: string | null) => stripChars(self, chars, true, false),
  rstrip: (self: string, chars?: string | null) => stripChars(self, chars, false, true),
  startswith: (self: string, prefix: string | string[]) =>
    (Array.isArray(prefix) ? prefix : [prefix]).some((p) => self.startsWith(p)),
  endswith: (self: string, suffix: string | string[]) =>
    (Array.isArray(suffix) ? suffix : [suffix]).some((s) => self.endsWith(s)),
  split: (self: string, sep?: string | null, maxsplit?: number) => pySplit(self, sep, maxsplit),
  replace: (self: string, old: string, replacement: string, count = -1) => {
    const parts = self.split(old);
    if (count < 0 || parts.length - 1 <= count) return parts.join(replacement);
    return `${parts.slice(0, count + 1).join(replacement)}${old}${parts.slice(count + 1).join(old)}`;
  },
  join: (self: string, items: Iterable<unknown>) =>
    [...items].map((x) => templateStr(x)).join(self),
  find: (self: string, sub: string) => self.indexOf(sub),
  count: (self: string, sub: string) => self.split(sub).length - 1,
  format: (self: string, ...args: unknown[]) => {
    const { args: positional, kwargs } = splitKeywordArgs(args);
    return pyStrFormat(self, positional, kwargs);
  },
  isdigit: (self: string) => /^\p{Nd}+$/u.test(self),
  isalpha: (self: string) => /^\p{L}+$/u.test(self),
};

/**
 * The Python method a template means by `value.name(...)` when the JavaScript value has no such
 * member: `dict.items()/keys()/values()/get()`, `list.append()`…, `str.upper()/strip()/split()`….
 * @example pythonMethod({ a: 1 }, "items")?.() // [["a", 1]]
 * @see jinja2/sandbox.py (the methods Jinja templates commonly call)
 */
export function pythonMethod(
  value: unknown,
  name: string,
): ((...args: unknown[]) => unknown) | undefined {
  let table: Record<string, Method> | undefined;
  if (typeof value === "string") table = STR_METHODS;
  else if (Array.isArray(value)) table = LIST_METHODS;
  else if (value instanceof Map || isPlainObject(value)) table = DICT_METHODS;
  const method = table && Object.hasOwn(table, name) ? table[name] : undefined;
  if (!method) return undefined;
  // Raw keyword arguments reach the method, so `"{name}".format(name=…)` can tell them apart.
  return takesRawKeywords((...args: unknown[]) =>
    (method as (self: unknown, ...a: unknown[]) => unknown)(value, ...args),
  );
}

/**
 * Whether the Python method should win over a JavaScript member of the same name (`list.pop(0)`,
 * `str.replace` replacing every match, `str.split()` on whitespace).
 * @example prefersPythonMethod("a b", "split") // true
 * @see jinja2/runtime.py
 */
export function prefersPythonMethod(value: unknown, name: string): boolean {
  if (typeof value === "string") return name === "replace" || name === "split";
  if (Array.isArray(value)) return name === "pop" || name === "index";
  return false;
}
