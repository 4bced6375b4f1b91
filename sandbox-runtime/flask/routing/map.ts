/**
 * The URL map: all rules of an app plus the settings they share. Bind it to a server name to
 * match paths and build URLs.
 *
 * @example
 * const urls = new Map([new Rule("/", { endpoint: "index" })]).bind("example.com");
 * urls.match("/"); // { endpoint: "index", args: {}, rule }
 * @see werkzeug/routing/map.py Map
 */
import { BadHost, LookupError } from "../exceptions.ts";
import { type ConverterClass, DEFAULT_CONVERTERS } from "./converters.ts";
import { MapAdapter, type QueryArgs } from "./map-adapter.ts";
import { StateMachineMatcher } from "./matcher.ts";
import { isAscii, pyStrRepr } from "../python/index.ts";
import type { Rule } from "./rule.ts";

const JsMap = globalThis.Map;

/** Anything that yields rules for a map (a Rule yields itself). @see werkzeug/routing/rules.py RuleFactory */
export interface RuleFactory {
  getRules(map: Map): Iterable<Rule>;
}

/** Settings of a map (Werkzeug's keyword arguments). */
export interface MapOptions {
  /** The subdomain rules without one belong to. */
  defaultSubdomain?: string;
  /** Redirect `/a` to `/a/` for rules ending in a slash. */
  strictSlashes?: boolean;
  /** Merge repeated slashes when matching (redirecting) and in rule strings. */
  mergeSlashes?: boolean;
  /** Redirect a URL to the rule that provides its values as defaults. */
  redirectDefaults?: boolean;
  /** Extra or replacement converters by name. */
  converters?: Record<string, ConverterClass>;
  /** Sort query parameters of built URLs. */
  sortParameters?: boolean;
  /** Sort key for query parameters, given `[key, value]`. */
  sortKey?: ((item: [string, unknown]) => unknown) | null;
  /** Match rules against the whole host (`host` option) instead of the subdomain. */
  hostMatching?: boolean;
}

/** Options of `map.bind()`. */
export interface BindOptions {
  /** The mount point of the app; "/" unless given. */
  scriptName?: string | null;
  /** The current subdomain; the map's default subdomain unless given. */
  subdomain?: string | null;
  /** "http" unless given. */
  urlScheme?: string;
  /** The method `match()` uses when given none; "GET" unless given. */
  method?: string;
  /** Same as `method` (Werkzeug's name). */
  defaultMethod?: string;
  /** The path `match()` uses when given none; "/" unless given. */
  pathInfo?: string | null;
  /** The query string (or values) kept on redirects. */
  queryArgs?: QueryArgs | null;
}

/** The last server name encoded, and its encoding: one host serves request after request. */
let lastIdna: [string, string] = ["", ""];

function encodeIdna(serverName: string): string {
  if (lastIdna[0] === serverName && serverName !== "") return lastIdna[1];
  const encoded = encodeIdnaUncached(serverName);
  lastIdna = [serverName, encoded];
  return encoded;
}

function encodeIdnaUncached(serverName: string): string {
  // Werkzeug 3.x: the port is not part of the IDNA name.
  const colon = serverName.indexOf(":");
  const host = colon === -1 ? serverName : serverName.slice(0, colon);
  const port = colon === -1 ? "" : serverName.slice(colon);
  let encoded = host;
  if (isAscii(host)) {
    const labels = host.split(".");
    const last = labels.pop() ?? "";
    if (labels.some((label) => label.length === 0 || label.length >= 64) || last.length >= 64) {
      throw new BadHost();
    }
  } else {
    try {
      encoded = new URL(`http://${host}/`).hostname;
    } catch {
      throw new BadHost();
    }
  }
  return encoded + port;
}

/**
 * The collection of rules; also holds the converter registry learners extend.
 *
 * @example
 * const map = new Map([new Rule("/<list:items>", { endpoint: "show" })], { converters: { list: ListConverter } });
 * @see werkzeug/routing/map.py Map
 */
// biome-ignore lint/suspicious/noShadowRestrictedNames: Werkzeug's name; the module uses globalThis.Map for JS maps.
export class Map {
  /** The converters every map starts with. */
  static defaultConverters: Readonly<Record<string, ConverterClass>> = DEFAULT_CONVERTERS;

  /** The subdomain of rules that name none. */
  defaultSubdomain: string;
  /** The default of `Rule.strictSlashes`. */
  strictSlashes: boolean;
  /** Redirect to the rule that provides matched values as defaults. */
  redirectDefaults: boolean;
  /** Match on the whole host instead of the subdomain. */
  hostMatching: boolean;
  /** Sort the query arguments of built URLs. */
  sortParameters: boolean;
  /** Sort key for `sortParameters`. */
  sortKey: ((item: [string, unknown]) => unknown) | null;
  /** Converter classes by name; assign to add one: `map.converters.list = ListConverter`. */
  converters: Record<string, ConverterClass>;
  /** The matcher holding every rule that can match. */
  readonly matcher: StateMachineMatcher;
  #rulesByEndpoint: globalThis.Map<string | null, Rule[]> = new JsMap();
  #remap = true;

  constructor(rules?: Iterable<RuleFactory> | null, options: MapOptions = {}) {
    this.matcher = new StateMachineMatcher(options.mergeSlashes ?? true);
    this.defaultSubdomain = options.defaultSubdomain ?? "";
    this.strictSlashes = options.strictSlashes ?? true;
    this.redirectDefaults = options.redirectDefaults ?? true;
    this.hostMatching = options.hostMatching ?? false;
    this.sortParameters = options.sortParameters ?? false;
    this.sortKey = options.sortKey ?? null;
    this.converters = {
      ...(this.constructor as typeof Map).defaultConverters,
      ...(options.converters ?? {}),
    };
    for (const factory of rules ?? []) this.add(factory);
  }

  /** Merge repeated slashes (kept on the matcher, as in Werkzeug 3.x). */
  get mergeSlashes(): boolean {
    return this.matcher.mergeSlashes;
  }

  set mergeSlashes(value: boolean) {
    this.matcher.mergeSlashes = value;
  }

  /** Whether some rule of `endpoint` takes all these arguments. */
  isEndpointExpecting(endpoint: string, ...args: string[]): boolean {
    this.update();
    const rules = this.#rulesByEndpoint.get(endpoint);
    if (rules === undefined) throw new LookupError(pyStrRepr(endpoint));
    return rules.some((rule) => args.every((name) => rule.arguments.has(name)));
  }

  /** All rules, grouped by endpoint in the order endpoints were first added. */
  get rules(): Rule[] {
    return [...this.#rulesByEndpoint.values()].flat();
  }

  /** Iterate all rules, or those of one endpoint (in build order). */
  iterRules(endpoint?: string | null): IterableIterator<Rule> {
    this.update();
    if (endpoint !== undefined && endpoint !== null) {
      const rules = this.#rulesByEndpoint.get(endpoint);
      if (rules === undefined) throw new LookupError(pyStrRepr(endpoint));
      return [...rules].values();
    }
    return this.rules.values();
  }

  /** The rules of one endpoint in build order, or an empty list. */
  rulesFor(endpoint: string | null): readonly Rule[] {
    return this.#rulesByEndpoint.get(endpoint) ?? [];
  }

  /** Add a rule (or rule factory) and bind it to this map. */
  add(factory: RuleFactory): void {
    for (const rule of factory.getRules(this)) {
      rule.bind(this);
      if (!rule.buildOnly) this.matcher.add(rule);
      const list = this.#rulesByEndpoint.get(rule.endpoint);
      if (list) list.push(rule);
      else this.#rulesByEndpoint.set(rule.endpoint, [rule]);
    }
    this.#remap = true;
  }

  /**
   * Bind to a server: the adapter matches paths and builds URLs for it.
   *
   * @see werkzeug/routing/map.py Map.bind
   */
  bind(serverName: string, options: BindOptions = {}): MapAdapter {
    let subdomain = options.subdomain ?? null;
    if (this.hostMatching) {
      if (subdomain !== null) throw new Error("host matching enabled and a subdomain was provided");
    } else if (subdomain === null) {
      subdomain = this.defaultSubdomain;
    }
    return new MapAdapter(this, {
      serverName: encodeIdna(serverName.toLowerCase()),
      scriptName: options.scriptName ?? "/",
      subdomain,
      urlScheme: options.urlScheme ?? "http",
      pathInfo: options.pathInfo ?? "/",
      defaultMethod: options.method ?? options.defaultMethod ?? "GET",
      queryArgs: options.queryArgs ?? null,
    });
  }

  /** Sort dynamic transitions and each endpoint's rules after changes. */
  update(): void {
    if (!this.#remap) return;
    this.matcher.update();
    for (const rules of this.#rulesByEndpoint.values()) {
      rules.sort((a, b) => {
        const ka = a.buildCompareKey();
        const kb = b.buildCompareKey();
        return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
      });
    }
    this.#remap = false;
  }

  /** Like Werkzeug's `repr(map)`, laid out like `pprint` (one rule per line past 80 columns). */
  toString(): string {
    const items = [...this.iterRules()].map((rule) => rule.repr());
    const flat = `[${items.join(", ")}]`;
    const listText = flat.length <= 80 ? flat : `[${items.join(",\n ")}]`;
    return `${this.constructor.name}(${listText})`;
  }
}
