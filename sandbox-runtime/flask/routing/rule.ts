/**
 * One URL pattern: `new Rule("/user/<int:id>", { endpoint: "profile" })`.
 *
 * @example
 * const map = new Map([new Rule("/user/<int:id>", { endpoint: "profile" })]);
 * @see werkzeug/routing/rules.py Rule
 */
import { LookupError, ValueError } from "../exceptions.ts";
import { parseConverterArgs } from "./converter-args.ts";
import { type BaseConverter, ValidationError } from "./converters.ts";
import type { Map as UrlMap } from "./map.ts";
import type { MapAdapter } from "./map-adapter.ts";
import { pyEquals, pyStr, pyStrRepr } from "../python/index.ts";
import { iterMultiItems, PATH_SAFE, quote, urlEncode } from "./quoting.ts";

const JsMap = globalThis.Map;

/**
 * The sort key of a rule part: static parts first, more static text first, then converter weights.
 *
 * @see werkzeug/routing/rules.py Weighting
 */
export type Weighting = [
  numberStaticWeights: number,
  staticWeights: [number, number][],
  numberArgumentWeights: number,
  argumentWeights: number[],
];

/**
 * One "/"-delimited part of a rule: literal text when `static`, else a regex.
 *
 * @see werkzeug/routing/rules.py RulePart
 */
export interface RulePart {
  /** Literal text (static) or a JavaScript regex source ending in "$". */
  content: string;
  /** True when the part swallows all remaining segments (a `path` converter). */
  final: boolean;
  /** True when the part is literal text. */
  static: boolean;
  /** True when a final part ends with "/", so a missing slash can redirect (Werkzeug 2.3+). */
  suffixed: boolean;
  /** Ordering among dynamic parts. */
  weight: Weighting;
}

/** Compare two weights like Python compares tuples and lists. */
export function compareWeights(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const order = compareWeights(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  return (a as number) - (b as number);
}

/** Dataclass equality of two rule parts. */
export function partsEqual(a: RulePart, b: RulePart): boolean {
  return (
    a.content === b.content &&
    a.final === b.final &&
    a.static === b.static &&
    a.suffixed === b.suffixed &&
    compareWeights(a.weight, b.weight) === 0
  );
}

const PART_RE =
  /(?:(?<slash>\/)|(?<static>[^</]+)|(?:<(?:(?<converter>[a-zA-Z_][a-zA-Z0-9_]*)(?:\((?<arguments>.*?)\))?:)?(?<variable>[a-zA-Z_][a-zA-Z0-9_]*)>))/y;

/** The `<name>` placeholders of a `redirectTo` string. @see werkzeug/routing/rules.py _simple_rule_re */
export const SIMPLE_RULE_RE = /<([^>]+)>/g;

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** What `redirectTo` may be: a rule-syntax target, or a function of the adapter and the values. */
export type RedirectTarget =
  | string
  | ((adapter: MapAdapter, values: Record<string, unknown>) => string);

/** Options of a rule (Werkzeug's keyword arguments). */
export interface RuleOptions {
  /** The name URL building uses; Flask uses the view's name. */
  endpoint?: string | null;
  /** Allowed methods (uppercased; GET adds HEAD). Omit to allow every method. */
  methods?: Iterable<string> | null;
  /** Values for variables the URL doesn't hold; also used to pick rules when building. */
  defaults?: Record<string, unknown> | null;
  /** Redirect `/a` to `/a/` when the rule ends with a slash. Defaults to the map's setting. */
  strictSlashes?: boolean | null;
  /** Merge repeated slashes, redirecting to the merged URL. Defaults to the map's setting. */
  mergeSlashes?: boolean | null;
  /** Answer every match with a redirect to this target. */
  redirectTo?: RedirectTarget | null;
  /** This rule redirects to the canonical rule of the same endpoint. */
  alias?: boolean;
  /** The host pattern, used when the map has host matching. */
  host?: string | null;
  /** The subdomain pattern; the map's default subdomain when omitted. */
  subdomain?: string | null;
  /** Never matches, only builds URLs. */
  buildOnly?: boolean;
}

/**
 * A URL rule. Rule string syntax: `<name>`, `<conv:name>`, `<conv(args):name>`.
 *
 * @example
 * new Rule("/<int:year>/<slug>", { endpoint: "post", methods: ["GET"] });
 * @see werkzeug/routing/rules.py Rule
 */
export class Rule {
  /** The rule string as given. */
  rule: string;
  /** True unless the rule ends with "/". */
  readonly isLeaf: boolean;
  /** True when the rule ends with "/". */
  readonly isBranch: boolean;
  /** The map the rule is bound to, once added. */
  map: UrlMap | null = null;
  /** Redirect to the slash-terminated URL; the map's setting once bound. */
  strictSlashes: boolean | null;
  /** Merge repeated slashes; the map's setting once bound. */
  mergeSlashes: boolean | null;
  /** The subdomain pattern; the map's default subdomain once bound. */
  subdomain: string | null;
  /** The host pattern used with host matching. */
  host: string | null;
  /** Values merged into the match result and used to choose rules when building. */
  defaults: Record<string, unknown> | null;
  /** The rule only builds URLs and never matches. */
  buildOnly: boolean;
  /** The rule redirects to the canonical rule of its endpoint. */
  alias: boolean;
  /** The allowed methods, or null for all. */
  methods: Set<string> | null;
  /** The endpoint name, or null. */
  endpoint: string | null;
  /** The redirect target, or null. */
  redirectTo: RedirectTarget | null;
  /**
   * Whether the app answers OPTIONS for this rule itself. Werkzeug's rule has no such field:
   * Flask's `addUrlRule` sets it on the rules it makes; a rule added to the map directly has none.
   * @see flask/sansio/app.py App.add_url_rule
   */
  provideAutomaticOptions?: boolean;
  /** Every variable name the rule uses, including those only in `defaults`. */
  arguments: Set<string>;
  /** The converter of each variable, in rule order. */
  converters: globalThis.Map<string, BaseConverter> = new JsMap();
  /** The rule's pieces: [isDynamic, text]; "|" separates domain and path. */
  trace: [boolean, string][] = [];
  /** The compiled parts the matcher walks. */
  parts: RulePart[] = [];
  #domainOps: [boolean, string][] = [];
  #urlOps: [boolean, string][] = [];

  constructor(string: string, options: RuleOptions = {}) {
    if (!string.startsWith("/"))
      throw new ValueError(`URL rule '${string}' must start with a slash.`);
    this.rule = string;
    this.isLeaf = !string.endsWith("/");
    this.isBranch = string.endsWith("/");
    this.strictSlashes = options.strictSlashes ?? null;
    this.mergeSlashes = options.mergeSlashes ?? null;
    this.subdomain = options.subdomain ?? null;
    this.host = options.host ?? null;
    this.defaults = options.defaults ?? null;
    this.buildOnly = options.buildOnly ?? false;
    this.alias = options.alias ?? false;
    if (options.methods !== undefined && options.methods !== null) {
      if (typeof options.methods === "string")
        throw new TypeError("'methods' should be an array of strings.");
      const methods = new Set([...options.methods].map((m) => m.toUpperCase()));
      if (!methods.has("HEAD") && methods.has("GET")) methods.add("HEAD");
      this.methods = methods;
    } else {
      this.methods = null;
    }
    this.endpoint = options.endpoint ?? null;
    this.redirectTo = options.redirectTo ?? null;
    this.arguments = new Set(this.defaults ? Object.keys(this.defaults) : []);
  }

  /** The options that recreate this rule. @see werkzeug/routing/rules.py Rule.get_empty_kwargs */
  getEmptyKwargs(): RuleOptions {
    return {
      defaults: this.defaults ? { ...this.defaults } : null,
      subdomain: this.subdomain,
      methods: this.methods,
      buildOnly: this.buildOnly,
      endpoint: this.endpoint,
      strictSlashes: this.strictSlashes,
      redirectTo: this.redirectTo,
      alias: this.alias,
      host: this.host,
    };
  }

  /** An unbound copy of this rule. @see werkzeug/routing/rules.py Rule.empty */
  empty(): Rule {
    const cls = this.constructor as new (string: string, options: RuleOptions) => Rule;
    return new cls(this.rule, this.getEmptyKwargs());
  }

  /** A rule is its own rule factory. */
  *getRules(_map: UrlMap): Generator<Rule> {
    yield this;
  }

  /** Recompile after changing the rule in place. */
  refresh(): void {
    if (this.map) this.bind(this.map, true);
  }

  /** Bind to a map and compile (done by `map.add`). @see werkzeug/routing/rules.py Rule.bind */
  bind(map: UrlMap, rebind = false): void {
    if (this.map !== null && !rebind) {
      throw new Error(`url rule ${this.repr()} already bound to map ${this.map.toString()}`);
    }
    this.map = map;
    if (this.strictSlashes === null) this.strictSlashes = map.strictSlashes;
    if (this.mergeSlashes === null) this.mergeSlashes = map.mergeSlashes;
    if (this.subdomain === null) this.subdomain = map.defaultSubdomain;
    this.compile();
  }

  /** Instantiate the converter for one variable. @see werkzeug/routing/rules.py Rule.get_converter */
  getConverter(
    _variableName: string,
    converterName: string,
    args: unknown[],
    kwargs: Record<string, unknown>,
  ): BaseConverter {
    const map = this.#boundMap();
    const cls = Object.hasOwn(map.converters, converterName)
      ? map.converters[converterName]
      : undefined;
    if (cls === undefined)
      throw new LookupError(`the converter ${pyStrRepr(converterName)} does not exist`);
    const extra = Object.keys(kwargs).length > 0 ? [kwargs] : [];
    return new cls(map, ...args, ...extra);
  }

  #boundMap(): UrlMap {
    if (this.map === null) throw new Error("rule not bound");
    return this.map;
  }

  *#parseRule(rule: string): Generator<RulePart> {
    let content = "";
    let isStatic = true;
    let argumentWeights: number[] = [];
    let staticWeights: [number, number][] = [];
    let final = false;
    let converterNumber = 0;
    let pos = 0;
    const weighting = (): Weighting => [
      -staticWeights.length,
      staticWeights,
      -argumentWeights.length,
      argumentWeights,
    ];

    while (pos < rule.length) {
      PART_RE.lastIndex = pos;
      const match = PART_RE.exec(rule);
      if (match === null || match[0] === "")
        throw new ValueError(`malformed url rule: ${pyStrRepr(rule)}`);
      const data = match.groups ?? {};
      if (data.static !== undefined) {
        staticWeights.push([staticWeights.length, -data.static.length]);
        this.trace.push([false, data.static]);
        content += isStatic ? data.static : escapeRegex(data.static);
      }
      if (data.variable !== undefined) {
        if (isStatic) content = escapeRegex(content);
        isStatic = false;
        const [args, kwargs] = parseConverterArgs(data.arguments ?? "");
        const converter = this.getConverter(
          data.variable,
          data.converter ?? "default",
          args,
          kwargs,
        );
        this.converters.set(data.variable, converter);
        this.arguments.add(data.variable);
        if (!converter.partIsolating) final = true;
        content += `(?<__werkzeug_${converterNumber}>${converter.regex})`;
        converterNumber += 1;
        argumentWeights.push(converter.weight);
        this.trace.push([true, data.variable]);
      }
      if (data.slash !== undefined) {
        this.trace.push([false, "/"]);
        if (final) {
          content += "/";
        } else {
          if (!isStatic) content += "$";
          yield { content, final, static: isStatic, suffixed: false, weight: weighting() };
          content = "";
          isStatic = true;
          argumentWeights = [];
          staticWeights = [];
          final = false;
          converterNumber = 0;
        }
      }
      pos = match.index + match[0].length;
    }

    let suffixed = false;
    if (final && content.endsWith("/")) {
      // A slash-matching converter followed by "/": match the slash optionally so a missing
      // one can redirect (Werkzeug 2.3+).
      suffixed = true;
      content = content.slice(0, -1) + "(?<!/)(/?)";
    }
    if (!isStatic) content += "$";
    const weight = weighting();
    yield { content, final, static: isStatic, suffixed, weight };
    if (suffixed) yield { content: "", final: false, static: true, suffixed: false, weight };
  }

  /** Compile the parts and the URL builder. @see werkzeug/routing/rules.py Rule.compile */
  compile(): void {
    const map = this.#boundMap();
    const domainRule = (map.hostMatching ? this.host : this.subdomain) ?? "";
    this.parts = [];
    this.trace = [];
    this.converters = new JsMap();
    if (domainRule === "") {
      this.parts = [
        { content: "", final: false, static: true, suffixed: false, weight: [0, [], 0, []] },
      ];
    } else {
      this.parts.push(...this.#parseRule(domainRule));
    }
    this.trace.push([false, "|"]);
    // Werkzeug 2.2 merged pairs of slashes ("/{2,}?"); 3.x merges whole runs.
    const rule = this.mergeSlashes ? this.rule.replace(/\/{2,}/g, "/") : this.rule;
    this.parts.push(...this.#parseRule(rule));
    this.#compileBuilder();
  }

  #compileBuilder(): void {
    const defaults = this.defaults ?? {};
    this.#domainOps = [];
    this.#urlOps = [];
    let ops = this.#domainOps;
    for (const [isDynamic, data] of this.trace) {
      if (data === "|" && ops === this.#domainOps) {
        ops = this.#urlOps;
        continue;
      }
      if (isDynamic && Object.hasOwn(defaults, data)) {
        // A default for a variable in the rule is fixed text in every built URL.
        ops.push([false, this.converters.get(data)!.toUrl(defaults[data])]);
      } else if (!isDynamic) {
        // Werkzeug 2.2 quoted with safe "/:|+"; 3.x uses the WHATWG path-segment set.
        ops.push([false, quote(data, PATH_SAFE)]);
      } else {
        ops.push([true, data]);
      }
    }
  }

  /**
   * Build `[domainPart, path]` from values, unknown values becoming the query string;
   * `null` when a converter refuses a value with ValidationError.
   *
   * @see werkzeug/routing/rules.py Rule.build
   */
  build(values: Record<string, unknown>, appendUnknown = true): [string, string] | null {
    try {
      const consumed = new Set<string>(Object.keys(this.defaults ?? {}));
      const render = (ops: [boolean, string][]) =>
        ops
          .map(([isDynamic, data]) => {
            if (!isDynamic) return data;
            consumed.add(data);
            return this.converters.get(data)!.toUrl(values[data]);
          })
          .join("");
      const domain = render(this.#domainOps);
      let path = render(this.#urlOps);
      if (appendUnknown) {
        const rest = Object.entries(values).filter(([key]) => !consumed.has(key));
        if (rest.length > 0) {
          const params = this.#encodeQueryVars(Object.fromEntries(rest));
          path += (params ? "?" : "") + params;
        }
      }
      return [domain, path];
    } catch (error) {
      if (error instanceof ValidationError) return null;
      throw error;
    }
  }

  #encodeQueryVars(queryVars: Record<string, unknown>): string {
    const map = this.#boundMap();
    let items = [...iterMultiItems(queryVars)];
    if (map.sortParameters) {
      const key = map.sortKey ?? ((item: [string, unknown]) => item);
      items = items
        .map((item) => ({ item, sortBy: key(item) }))
        .sort((a, b) => comparePython(a.sortBy, b.sortBy))
        .map(({ item }) => item);
    }
    return urlEncode(items);
  }

  /** Whether this rule supplies defaults for `rule` (same endpoint and arguments). */
  providesDefaultsFor(rule: Rule): boolean {
    return Boolean(
      !this.buildOnly &&
        this.defaults &&
        Object.keys(this.defaults).length > 0 &&
        this.endpoint === rule.endpoint &&
        !this.equals(rule) &&
        this.arguments.size === rule.arguments.size &&
        [...this.arguments].every((name) => rule.arguments.has(name)),
    );
  }

  /** Whether the values (and method) are enough to build this rule. */
  suitableFor(values: Record<string, unknown>, method: string | null = null): boolean {
    if (method !== null && this.methods !== null && !this.methods.has(method)) return false;
    const defaults = this.defaults ?? {};
    for (const key of this.arguments) {
      if (!Object.hasOwn(defaults, key) && !Object.hasOwn(values, key)) return false;
    }
    for (const [key, value] of Object.entries(defaults)) {
      if (Object.hasOwn(values, key) && !pyEquals(value, values[key])) return false;
    }
    return true;
  }

  /** Build order among rules of one endpoint: non-aliases, more arguments, more defaults first. */
  buildCompareKey(): [number, number, number] {
    return [this.alias ? 1 : 0, -this.arguments.size, -Object.keys(this.defaults ?? {}).length];
  }

  /** Python's `rule == other`: same class and same rule pieces. */
  equals(other: unknown): boolean {
    if (!(other instanceof (this.constructor as typeof Rule))) return false;
    const a = this.trace;
    const b = other.trace;
    return (
      a.length === b.length && a.every(([dyn, text], i) => b[i]?.[0] === dyn && b[i]?.[1] === text)
    );
  }

  /** Like Werkzeug's `repr(rule)`: `<Rule '/user/<id>' (GET, HEAD) -> profile>`; methods sorted. */
  repr(): string {
    const cls = this.constructor.name;
    if (this.map === null) return `<${cls} (unbound)>`;
    const parts = this.trace
      .map(([isDynamic, data]) => (isDynamic ? `<${data}>` : data))
      .join("")
      .replace(/^\|+/, "");
    // Python prints the method set in hash order; sorting makes it stable.
    const methods = this.methods !== null ? ` (${[...this.methods].sort().join(", ")})` : "";
    return `<${cls} ${pyStrRepr(parts)}${methods} -> ${pyStr(this.endpoint)}>`;
  }

  /** The same text as `repr()`; the rule string itself is `rule.rule`. */
  toString(): string {
    return this.repr();
  }
}

function comparePython(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const order = comparePython(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = pyStr(a);
  const y = pyStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
