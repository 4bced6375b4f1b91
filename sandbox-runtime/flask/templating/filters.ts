import { itemTarget, readItem } from "../item-access.ts";
import { getItem, makeAttrGetter, pyCompare, toList } from "./attributes.ts";
import { htmlSafeJsonDumps } from "./json-dumps.ts";
import { bindArgs, splitKeywordArgs } from "./keywords.ts";
import { escapeHtml, hasHtml, isSafe, Markup } from "./markup.ts";
import { pyPercentFormat } from "./printf.ts";
import { markTuple, pyRepr } from "../python/index.ts";
import { templateStr } from "./template-str.ts";
import { pyCapitalize, pySplit, pyTitle } from "./python-methods.ts";
import { pyRound } from "./round.ts";
import { pyTruthy } from "./truthiness.ts";
import { unescapeHtml } from "./unescape.ts";

type Filter = (this: FilterContext, value: unknown, ...args: unknown[]) => unknown;

/** What nunjucks passes as `this` to a filter: the render context and its environment. */
export interface FilterContext {
  env: {
    getFilter(name: string): (this: FilterContext, ...args: unknown[]) => unknown;
    getTest(name: string): (this: FilterContext, ...args: unknown[]) => unknown;
  };
}

function keepSafeness(input: unknown, output: string): string | Markup {
  return isSafe(input) ? new Markup(output) : output;
}

function softStr(value: unknown): string {
  return templateStr(value);
}

function ignoreCase(value: unknown): unknown {
  return typeof value === "string" ? value.toLowerCase() : value;
}

function sortKey(caseSensitive: unknown, attribute: unknown): (item: unknown) => unknown {
  const post = caseSensitive ? undefined : ignoreCase;
  if (attribute === undefined || attribute === null) return post ?? ((item) => item);
  const getters = String(attribute)
    .split(",")
    .map((part) => makeAttrGetter(part.trim(), post));
  return getters.length === 1
    ? (getters[0] as (item: unknown) => unknown)
    : (item) => getters.map((g) => g(item));
}

function sortBy(items: unknown[], key: (item: unknown) => unknown, reverse: unknown): unknown[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (reverse ? pyCompare(b.key, a.key) : pyCompare(a.key, b.key)));
  return keyed.map(({ item }) => item);
}

// Python's quote(): only letters, digits and `_.-~` stay as they are (and `/` outside a query).
function urlQuote(value: unknown, forQuery: boolean): string {
  const quoted = encodeURIComponent(templateStr(value)).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return forQuery ? quoted.replaceAll("%20", "+") : quoted.replaceAll("%2F", "/");
}

function pyCenter(text: string, width: number): string {
  const margin = width - text.length;
  if (margin <= 0) return text;
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return " ".repeat(left) + text + " ".repeat(margin - left);
}

function toInt(value: unknown, fallback: unknown, base: number): unknown {
  if (typeof value === "boolean") return Number(value);
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : fallback;
  const text = templateStr(value).trim().replaceAll("_", "");
  const prefixed = /^([+-]?)0([xob])([0-9a-f]+)$/i.exec(text);
  if (prefixed && base !== 10) {
    const radix = { x: 16, o: 8, b: 2 }[(prefixed[2] as string).toLowerCase() as "x" | "o" | "b"];
    if (base === 0 || base === radix)
      return (prefixed[1] === "-" ? -1 : 1) * parseInt(prefixed[3] as string, radix);
  }
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base || 10);
  if (new RegExp(`^[+-]?[${digits}]+$`, "i").test(text)) return parseInt(text, base || 10);
  const asFloat = toFloat(value, undefined);
  return typeof asFloat === "number" && Number.isFinite(asFloat) ? Math.trunc(asFloat) : fallback;
}

function toFloat(value: unknown, fallback: unknown): unknown {
  if (typeof value === "boolean") return Number(value);
  if (typeof value === "number") return value;
  const text = templateStr(value).trim().replaceAll("_", "").toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(text)) return Number.NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text)) return Number(text);
  return fallback;
}

function truncate(
  s: unknown,
  length: number,
  killwords: unknown,
  end: string,
  leeway: number,
): string {
  const text = softStr(s);
  if (length < end.length) throw new Error("expected length >= len(end)");
  if (leeway < 0) throw new Error("expected leeway >= 0");
  const chars = [...text];
  if (chars.length <= length + leeway) return text;
  const head = chars.slice(0, length - end.length).join("");
  if (killwords) return head + end;
  const cut = head.lastIndexOf(" ");
  return (cut < 0 ? head : head.slice(0, cut)) + end;
}

function indent(s: unknown, width: unknown, first: unknown, blank: unknown): string | Markup {
  const indention = typeof width === "string" ? width : " ".repeat(Number(width));
  const lines = `${softStr(s)}\n`.split(/\r\n|\r|\n/);
  lines.pop();
  let out: string;
  if (blank) out = lines.join(`\n${indention}`);
  else
    out = [lines[0] ?? "", ...lines.slice(1).map((line) => (line ? indention + line : line))].join(
      "\n",
    );
  if (first) out = indention + out;
  return keepSafeness(s, out);
}

function striptags(value: unknown): string {
  const text = (hasHtml(value) ? value.__html__() : softStr(value))
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[\s\S]*?>/g, "");
  return unescapeHtml(pySplit(text).join(" "));
}

function fileSizeFormat(value: unknown, binary: unknown): string {
  const bytes = Number(toFloat(value, Number.NaN));
  const base = binary ? 1024 : 1000;
  const prefixes = binary
    ? ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
    : ["kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
  if (bytes === 1) return "1 Byte";
  if (bytes < base) return `${Math.trunc(bytes)} Bytes`;
  let unit = base;
  let prefix = "";
  for (const [i, p] of prefixes.entries()) {
    unit = base ** (i + 2);
    prefix = p;
    if (bytes < unit) break;
  }
  return `${((base * bytes) / unit).toFixed(1)} ${prefix}`;
}

function groupby(
  value: unknown,
  attribute: unknown,
  fallback: unknown,
  caseSensitive: unknown,
): unknown[] {
  const key = makeAttrGetter(
    attribute,
    caseSensitive ? undefined : ignoreCase,
    fallback ?? undefined,
  );
  const original = makeAttrGetter(attribute, undefined, fallback ?? undefined);
  const groups: unknown[] = [];
  let current: { key: unknown; list: unknown[] } | undefined;
  for (const item of sortBy(toList(value), key, false)) {
    const k = key(item);
    if (!current || pyCompare(current.key, k) !== 0) {
      current = { key: k, list: [] };
      const grouper = caseSensitive ? k : original(item);
      const group = Object.assign(markTuple([grouper, current.list]), {
        grouper,
        list: current.list,
      });
      groups.push(group);
    }
    current.list.push(item);
  }
  return groups;
}

function selectOrReject(
  context: FilterContext,
  value: unknown,
  args: unknown[],
  lookupAttr: boolean,
  modfunc: (passed: boolean) => boolean,
): unknown[] {
  const { args: positional, kwargs } = splitKeywordArgs(args);
  let rest = positional;
  let transform: (item: unknown) => unknown = (item) => item;
  if (lookupAttr) {
    if (rest.length === 0) throw new Error("Missing parameter for attribute name");
    transform = makeAttrGetter(rest[0]);
    rest = rest.slice(1);
  }
  let test: (item: unknown) => boolean = pyTruthy;
  if (rest.length > 0) {
    const name = String(rest[0]);
    const testArgs = rest.slice(1);
    const fn = context.env.getTest(name);
    test = (item) => Boolean(fn.call(context, item, ...testArgs, ...(kwargs ? [kwargs] : [])));
  }
  return toList(value).filter((item) => modfunc(test(transform(item))));
}

/**
 * Jinja's built-in filters, matched to Jinja 3.1's output (Python-style strings, MarkupSafe
 * escaping, Flask's `tojson`). They replace nunjucks' filters of the same names.
 * @example env.addFilter(name, fn) for each [name, fn] of Object.entries(jinjaFilters())
 * @see jinja2/filters.py FILTERS
 */
export function jinjaFilters(): Record<string, Filter> {
  const filters: Record<string, Filter> = {
    abs: (value) => Math.abs(Number(value)),
    // Jinja's attr filter is getattr only: a MultiDict's or Headers' keys are items, not attributes.
    attr: (value, name) =>
      readItem(value, String(name))
        ? String(name) in itemTarget(value as object)
          ? (value as Record<string, unknown>)[String(name)]
          : undefined
        : getItem(value, name),
    batch(value, ...args) {
      const [linecount, fillWith] = bindArgs(args, ["linecount", "fill_with"], [undefined, null]);
      const size = Number(linecount);
      const out: unknown[][] = [];
      let row: unknown[] = [];
      for (const item of toList(value)) {
        if (row.length === size) {
          out.push(row);
          row = [];
        }
        row.push(item);
      }
      if (row.length) {
        if (fillWith !== null && fillWith !== undefined && row.length < size) {
          row.push(...Array(size - row.length).fill(fillWith));
        }
        out.push(row);
      }
      return out;
    },
    capitalize: (value) => keepSafeness(value, pyCapitalize(softStr(value))),
    center(value, ...args) {
      const [width] = bindArgs(args, ["width"], [80]);
      return pyCenter(softStr(value), Number(width));
    },
    default(value, ...args) {
      const [fallback, boolean] = bindArgs(args, ["default_value", "boolean"], ["", false]);
      if (value === undefined || (boolean && !pyTruthy(value))) return fallback;
      return value;
    },
    dictsort(value, ...args) {
      const [caseSensitive, by, reverse] = bindArgs(
        args,
        ["case_sensitive", "by", "reverse"],
        [false, "key", false],
      );
      let pos: number;
      if (by === "key") pos = 0;
      else if (by === "value") pos = 1;
      else throw new Error('You can only sort by either "key" or "value"');
      const entries = (value instanceof Map ? [...value] : Object.entries(value as object)).map(
        (e) => markTuple(e),
      );
      return sortBy(
        entries,
        (item) => {
          const v = (item as unknown[])[pos];
          return caseSensitive ? v : ignoreCase(v);
        },
        reverse,
      );
    },
    escape: (value) => Markup.escape(value),
    filesizeformat(value, ...args) {
      const [binary] = bindArgs(args, ["binary"], [false]);
      return fileSizeFormat(value, binary);
    },
    first: (value) => toList(value)[0],
    float(value, ...args) {
      const [fallback] = bindArgs(args, ["default"], [0]);
      return toFloat(value, fallback);
    },
    forceescape: (value) =>
      new Markup(escapeHtml(hasHtml(value) ? value.__html__() : softStr(value))),
    groupby(value, ...args) {
      const [attribute, fallback, caseSensitive] = bindArgs(
        args,
        ["attribute", "default", "case_sensitive"],
        [undefined, null, false],
      );
      return groupby(value, attribute, fallback, caseSensitive);
    },
    indent(value, ...args) {
      const [width, first, blank] = bindArgs(args, ["width", "first", "blank"], [4, false, false]);
      return indent(value, width, first, blank);
    },
    int(value, ...args) {
      const [fallback, base] = bindArgs(args, ["default", "base"], [0, 10]);
      return toInt(value, fallback, Number(base));
    },
    items(value) {
      if (value === undefined) return [];
      if (typeof value !== "object" || value === null)
        throw new TypeError("Can only get item pairs from a mapping.");
      return (value instanceof Map ? [...value] : Object.entries(value)).map((e) => markTuple(e));
    },
    join(value, ...args) {
      const [delimiter, attribute] = bindArgs(args, ["d", "attribute"], ["", null]);
      let items = toList(value);
      if (attribute !== null && attribute !== undefined)
        items = items.map(makeAttrGetter(attribute));
      if (isSafe(delimiter) || items.some((item) => hasHtml(item) || isSafe(item))) {
        const sep = Markup.escape(delimiter).toString();
        return new Markup(items.map((item) => Markup.escape(item).toString()).join(sep));
      }
      return items.map((item) => softStr(item)).join(softStr(delimiter));
    },
    last: (value) => {
      const items = toList(value);
      return items[items.length - 1];
    },
    length(value) {
      if (value === undefined || value === null) return 0;
      if (typeof value === "string" || isSafe(value)) return [...String(value)].length;
      if (value instanceof Map || value instanceof Set) return value.size;
      return toList(value).length;
    },
    list: (value) => toList(value),
    lower: (value) => keepSafeness(value, softStr(value).toLowerCase()),
    map(value, ...args) {
      const { args: positional, kwargs } = splitKeywordArgs(args);
      let fn: (item: unknown) => unknown;
      if (positional.length === 0 && kwargs && "attribute" in kwargs) {
        fn = makeAttrGetter(kwargs.attribute, undefined, kwargs.default ?? undefined);
      } else {
        if (positional.length === 0) throw new Error("map requires a filter argument");
        const filter = this.env.getFilter(String(positional[0]));
        const rest = [...positional.slice(1), ...(kwargs ? [{ ...kwargs, __keywords: true }] : [])];
        fn = (item) => filter.call(this, item, ...rest);
      }
      return toList(value).map(fn);
    },
    max(value, ...args) {
      const [caseSensitive, attribute] = bindArgs(
        args,
        ["case_sensitive", "attribute"],
        [false, null],
      );
      const items = toList(value);
      if (items.length === 0) return undefined;
      return sortBy(items, sortKey(caseSensitive, attribute), true)[0];
    },
    min(value, ...args) {
      const [caseSensitive, attribute] = bindArgs(
        args,
        ["case_sensitive", "attribute"],
        [false, null],
      );
      const items = toList(value);
      if (items.length === 0) return undefined;
      return sortBy(items, sortKey(caseSensitive, attribute), false)[0];
    },
    pprint: (value) => pyRepr(value),
    random(value) {
      const items = toList(value);
      return items[Math.floor(Math.random() * items.length)];
    },
    reject(value, ...args) {
      return selectOrReject(this, value, args, false, (passed) => !passed);
    },
    rejectattr(value, ...args) {
      return selectOrReject(this, value, args, true, (passed) => !passed);
    },
    replace(value, ...args) {
      const [old, replacement, count] = bindArgs(
        args,
        ["old", "new", "count"],
        [undefined, undefined, null],
      );
      const limit = count === null || count === undefined ? -1 : Number(count);
      const safe = isSafe(value) || isSafe(old) || isSafe(replacement) || hasHtml(value);
      const text = safe ? Markup.escape(value).toString() : softStr(value);
      const from = safe ? Markup.escape(old).toString() : softStr(old);
      const to = safe ? Markup.escape(replacement).toString() : softStr(replacement);
      const parts = text.split(from);
      const out =
        limit < 0 || parts.length - 1 <= limit
          ? parts.join(to)
          : `${parts.slice(0, limit + 1).join(to)}${from}${parts.slice(limit + 1).join(from)}`;
      return safe ? new Markup(out) : out;
    },
    reverse(value) {
      if (typeof value === "string") return [...value].reverse().join("");
      if (isSafe(value)) return new Markup([...String(value)].reverse().join(""));
      return toList(value).reverse();
    },
    round(value, ...args) {
      const [precision, method] = bindArgs(args, ["precision", "method"], [0, "common"]);
      return pyRound(Number(value), Number(precision), String(method));
    },
    safe: (value) =>
      isSafe(value) ? value : new Markup(hasHtml(value) ? value.__html__() : softStr(value)),
    select(value, ...args) {
      return selectOrReject(this, value, args, false, (passed) => passed);
    },
    selectattr(value, ...args) {
      return selectOrReject(this, value, args, true, (passed) => passed);
    },
    slice(value, ...args) {
      const [slices, fillWith] = bindArgs(args, ["slices", "fill_with"], [undefined, null]);
      const seq = toList(value);
      const count = Number(slices);
      const perSlice = Math.floor(seq.length / count);
      const withExtra = seq.length % count;
      let offset = 0;
      const out: unknown[][] = [];
      for (let i = 0; i < count; i++) {
        const start = offset + i * perSlice;
        if (i < withExtra) offset += 1;
        const end = offset + (i + 1) * perSlice;
        const part = seq.slice(start, end);
        if (fillWith !== null && fillWith !== undefined && i >= withExtra) part.push(fillWith);
        out.push(part);
      }
      return out;
    },
    sort(value, ...args) {
      const [reverse, caseSensitive, attribute] = bindArgs(
        args,
        ["reverse", "case_sensitive", "attribute"],
        [false, false, null],
      );
      return sortBy(toList(value), sortKey(caseSensitive, attribute), reverse);
    },
    string: (value) => (isSafe(value) ? value : softStr(value)),
    striptags: (value) => striptags(value),
    sum(value, ...args) {
      const [attribute, start] = bindArgs(args, ["attribute", "start"], [null, 0]);
      let items = toList(value);
      if (attribute !== null && attribute !== undefined)
        items = items.map(makeAttrGetter(attribute));
      return items.reduce((total: number, item) => total + Number(item), Number(start));
    },
    title: (value) => keepSafeness(value, pyTitle(softStr(value))),
    tojson(value, ...args) {
      const [indentBy] = bindArgs(args, ["indent"], [null]);
      return new Markup(htmlSafeJsonDumps(value, { indent: indentBy as number | string | null }));
    },
    trim(value, ...args) {
      const [chars] = bindArgs(args, ["chars"], [null]);
      const text = softStr(value);
      if (chars === null || chars === undefined)
        return keepSafeness(value, text.replace(/^\s+|\s+$/gu, ""));
      const set = softStr(chars);
      let start = 0;
      let end = text.length;
      while (start < end && set.includes(text[start] as string)) start++;
      while (end > start && set.includes(text[end - 1] as string)) end--;
      return keepSafeness(value, text.slice(start, end));
    },
    truncate(value, ...args) {
      const [length, killwords, end, leeway] = bindArgs(
        args,
        ["length", "killwords", "end", "leeway"],
        [255, false, "...", null],
      );
      return truncate(
        value,
        Number(length),
        killwords,
        softStr(end),
        leeway === null ? 5 : Number(leeway),
      );
    },
    unique(value, ...args) {
      const [caseSensitive, attribute] = bindArgs(
        args,
        ["case_sensitive", "attribute"],
        [false, null],
      );
      const key = sortKey(caseSensitive, attribute);
      const seen: unknown[] = [];
      const out: unknown[] = [];
      for (const item of toList(value)) {
        const k = key(item);
        if (seen.some((s) => pyCompare(s, k) === 0 && typeof s === typeof k)) continue;
        seen.push(k);
        out.push(item);
      }
      return out;
    },
    upper: (value) => keepSafeness(value, softStr(value).toUpperCase()),
    urlencode(value) {
      if (
        typeof value === "string" ||
        isSafe(value) ||
        typeof value !== "object" ||
        value === null
      ) {
        return urlQuote(value, false);
      }
      const pairs =
        value instanceof Map ? [...value] : Array.isArray(value) ? value : Object.entries(value);
      return pairs
        .map((pair) => {
          const [k, v] = pair as [unknown, unknown];
          return `${urlQuote(k, true)}=${urlQuote(v, true)}`;
        })
        .join("&");
    },
    wordcount: (value) => (softStr(value).match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []).length,
    xmlattr(value, ...args) {
      const [autospace] = bindArgs(args, ["autospace"], [true]);
      const entries = value instanceof Map ? [...value] : Object.entries(value as object);
      const out = entries
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${Markup.escape(k)}="${Markup.escape(v)}"`)
        .join(" ");
      return new Markup(autospace && out ? ` ${out}` : out);
    },
  };
  filters.format = function format(value, ...args) {
    const { args: positional, kwargs } = splitKeywordArgs(args);
    if (positional.length && kwargs)
      throw new Error("can't handle positional and keyword arguments at the same time");
    if (!isSafe(value)) return pyPercentFormat(softStr(value), kwargs ?? positional);
    // Markup's % escapes the arguments it inserts, numbers stay numbers for %d and %f.
    const escapeArg = (arg: unknown) =>
      typeof arg === "number" || typeof arg === "boolean" ? arg : Markup.escape(arg).toString();
    const safeArgs = kwargs
      ? Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, escapeArg(v)]))
      : positional.map(escapeArg);
    return new Markup(pyPercentFormat(String(value), safeArgs));
  };
  filters.count = filters.length as Filter;
  filters.d = filters.default as Filter;
  filters.e = filters.escape as Filter;
  return filters;
}
