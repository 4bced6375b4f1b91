/**
 * A map bound to one server (and request): `match()` finds the rule for a path, `build()`
 * makes a URL for an endpoint.
 *
 * @example
 * const urls = map.bind("example.com");
 * urls.build("profile", { id: 7 }); // "/user/7"
 * @see werkzeug/routing/map.py MapAdapter
 */
import { HTTPException, LookupError, MethodNotAllowed, NotFound } from "../exceptions.ts";
import {
  BuildError,
  NoMatch,
  RequestAliasRedirect,
  RequestPath,
  RequestRedirect,
} from "./exceptions.ts";
import type { Map as UrlMap } from "./map.ts";
import { pyStrRepr } from "../python/index.ts";
import {
  iterMultiItems,
  PATH_SAFE,
  type QueryValues,
  quote,
  urlEncode,
  urlJoin,
  urlUnsplit,
} from "./quoting.ts";
import { type Rule, SIMPLE_RULE_RE } from "./rule.ts";

/** Query arguments for redirects: a ready query string or values to encode. */
export type QueryArgs = string | QueryValues;

/** The result of a successful match. */
export interface MatchResult {
  /** The matched rule. */
  rule: Rule;
  /** The rule's endpoint. */
  endpoint: string | null;
  /** The converted URL values with the rule's defaults merged in. */
  args: Record<string, unknown>;
}

/** Options of `build()`. */
export interface BuildOptions {
  /** Pick the rule that accepts this method. */
  method?: string | null;
  /** Always return an absolute URL (scheme-relative when there is no scheme). */
  forceExternal?: boolean;
  /** Put values no rule part uses into the query string (default true). */
  appendUnknown?: boolean;
  /** The scheme for absolute URLs instead of the bound one. */
  urlScheme?: string | null;
}

/** What `build()` takes as values: a plain object or a MultiDict-like with `lists()`. */
export type BuildValues = Record<string, unknown> | { lists(): Iterable<[string, unknown[]]> };

interface AdapterInit {
  serverName: string;
  scriptName: string;
  subdomain: string | null;
  urlScheme: string;
  pathInfo: string;
  defaultMethod: string;
  queryArgs: QueryArgs | null;
}

function hasQuery(args: QueryArgs | null | undefined): args is QueryArgs {
  if (args === null || args === undefined) return false;
  if (typeof args === "string") return args.length > 0;
  return iterMultiItems(args).next().done === false;
}

/**
 * Matching and building for one bound server name, script name and subdomain.
 *
 * @example
 * new Map([new Rule("/", { endpoint: "index" })]).bind("localhost").match("/");
 * @see werkzeug/routing/map.py MapAdapter
 */
export class MapAdapter {
  /** The map this adapter matches against. */
  readonly map: UrlMap;
  /** The bound host name (lowercase, IDNA-encoded, port kept). */
  serverName: string;
  /** The mount point; always ends with "/". */
  scriptName: string;
  /** The current subdomain (null with host matching). */
  subdomain: string | null;
  /** The scheme of redirect and external URLs. */
  urlScheme: string;
  /** The path `match()` uses when given none. */
  pathInfo: string;
  /** The method `match()` uses when given none. */
  defaultMethod: string;
  /** The query string (or values) kept on redirects. */
  queryArgs: QueryArgs | null;

  constructor(map: UrlMap, init: AdapterInit) {
    this.map = map;
    this.serverName = init.serverName;
    this.scriptName = init.scriptName.endsWith("/") ? init.scriptName : `${init.scriptName}/`;
    this.subdomain = init.subdomain;
    this.urlScheme = init.urlScheme;
    this.pathInfo = init.pathInfo;
    this.defaultMethod = init.defaultMethod;
    this.queryArgs = init.queryArgs;
  }

  /**
   * Find the rule for a (percent-decoded) path. Throws NotFound, MethodNotAllowed or
   * RequestRedirect as Werkzeug does.
   *
   * @see werkzeug/routing/map.py MapAdapter.match
   */
  match(
    pathInfo?: string | null,
    method?: string | null,
    options: { queryArgs?: QueryArgs | null } = {},
  ): MatchResult {
    this.map.update();
    const path = pathInfo ?? this.pathInfo;
    const queryArgs = options.queryArgs ?? this.queryArgs ?? {};
    const verb = (method || this.defaultMethod).toUpperCase();
    const domainPart =
      !this.map.hostMatching && this.subdomain !== null ? this.subdomain : this.serverName;
    const pathPart = path ? `/${path.replace(/^\/+/, "")}` : "";

    let rule: Rule;
    let args: Record<string, unknown>;
    try {
      [rule, args] = this.map.matcher.match(domainPart, pathPart, verb);
    } catch (error) {
      if (error instanceof RequestPath) {
        throw new RequestRedirect(
          this.makeRedirectUrl(quote(error.pathInfo, PATH_SAFE), queryArgs),
        );
      }
      if (error instanceof RequestAliasRedirect) {
        throw new RequestRedirect(
          this.makeAliasRedirectUrl(
            `${domainPart}|${pathPart}`,
            error.endpoint,
            error.matchedValues,
            verb,
            queryArgs,
          ),
        );
      }
      if (error instanceof NoMatch) {
        // Python reports the set in hash order; sorted keeps the Allow header stable.
        if (error.haveMatchFor.size > 0) throw new MethodNotAllowed([...error.haveMatchFor].sort());
        throw new NotFound();
      }
      throw error;
    }

    if (this.map.redirectDefaults) {
      const redirectUrl = this.getDefaultRedirect(rule, verb, args, queryArgs);
      if (redirectUrl !== null) throw new RequestRedirect(redirectUrl);
    }

    if (rule.redirectTo !== null) {
      let redirectUrl: string;
      if (typeof rule.redirectTo === "string") {
        redirectUrl = rule.redirectTo.replace(SIMPLE_RULE_RE, (_whole, name: string) => {
          if (!Object.hasOwn(args, name)) throw new LookupError(pyStrRepr(name));
          const converter = rule.converters.get(name);
          if (converter === undefined) throw new LookupError(pyStrRepr(name));
          return converter.toUrl(args[name]);
        });
      } else {
        redirectUrl = rule.redirectTo(this, args);
      }
      const netloc = this.subdomain ? `${this.subdomain}.${this.serverName}` : this.serverName;
      throw new RequestRedirect(
        urlJoin(`${this.urlScheme || "http"}://${netloc}${this.scriptName}`, redirectUrl),
      );
    }

    return { rule, endpoint: rule.endpoint, args };
  }

  /** Whether a path matches (redirects count as matches). @see werkzeug/routing/map.py MapAdapter.test */
  test(pathInfo?: string | null, method?: string | null): boolean {
    try {
      this.match(pathInfo, method);
    } catch (error) {
      if (error instanceof RequestRedirect) return true;
      if (error instanceof HTTPException) return false;
      throw error;
    }
    return true;
  }

  /** The methods a path accepts (sorted), or [] when any method or none matches. */
  allowedMethods(pathInfo?: string | null): string[] {
    try {
      this.match(pathInfo, "--");
    } catch (error) {
      if (error instanceof MethodNotAllowed) return error.validMethods ?? [];
      if (error instanceof HTTPException) return [];
      throw error;
    }
    return [];
  }

  /** The full host for a subdomain (or, with host matching, the host itself). */
  getHost(domainPart: string | null): string {
    if (this.map.hostMatching) return domainPart ?? this.serverName;
    const subdomain = domainPart ?? this.subdomain;
    return subdomain ? `${subdomain}.${this.serverName}` : this.serverName;
  }

  /** The redirect to a rule that provides the matched values as defaults, if any. */
  getDefaultRedirect(
    rule: Rule,
    method: string,
    values: Record<string, unknown>,
    queryArgs: QueryArgs | null,
  ): string | null {
    for (const other of this.map.rulesFor(rule.endpoint)) {
      // Rules sorted before this one have priority for the defaults.
      if (other === rule) break;
      if (other.providesDefaultsFor(rule) && other.suitableFor(values, method)) {
        Object.assign(values, other.defaults);
        const built = other.build(values);
        if (built === null) continue;
        const [domainPart, path] = built;
        return this.makeRedirectUrl(path, queryArgs, domainPart);
      }
    }
    return null;
  }

  /** Query values as a query string. */
  encodeQueryArgs(queryArgs: QueryArgs): string {
    return typeof queryArgs === "string" ? queryArgs : urlEncode(iterMultiItems(queryArgs));
  }

  /** An absolute redirect URL for a path under the script name. */
  makeRedirectUrl(
    pathInfo: string,
    queryArgs?: QueryArgs | null,
    domainPart: string | null = null,
  ): string {
    const args = queryArgs === undefined ? this.queryArgs : queryArgs;
    const queryStr = hasQuery(args) ? this.encodeQueryArgs(args) : null;
    const scheme = this.urlScheme || "http";
    const host = this.getHost(domainPart);
    const path = [this.scriptName.replace(/^\/+|\/+$/g, ""), pathInfo.replace(/^\/+/, "")].join(
      "/",
    );
    return urlUnsplit(scheme, host, path, queryStr);
  }

  /** The canonical URL an alias rule redirects to. */
  makeAliasRedirectUrl(
    path: string,
    endpoint: string | null,
    values: Record<string, unknown>,
    method: string,
    queryArgs: QueryArgs | null,
  ): string {
    let url = this.build(endpoint ?? "", values, {
      method,
      appendUnknown: false,
      forceExternal: true,
    });
    if (hasQuery(queryArgs)) url += `?${this.encodeQueryArgs(queryArgs)}`;
    if (url === path) throw new Error("detected invalid alias setting. No canonical URL found");
    return url;
  }

  #partialBuild(
    endpoint: string,
    values: Record<string, unknown>,
    method: string | null,
    appendUnknown: boolean,
  ): [string, string] | null {
    if (method === null) {
      const found = this.#partialBuild(endpoint, values, this.defaultMethod, appendUnknown);
      if (found !== null) return found;
    }
    let firstMatch: [string, string] | null = null;
    for (const rule of this.map.rulesFor(endpoint)) {
      if (!rule.suitableFor(values, method)) continue;
      const built = rule.build(values, appendUnknown);
      if (built === null) continue;
      if (!this.map.hostMatching) return built;
      if (built[0] === this.serverName) return built;
      firstMatch ??= built;
    }
    return firstMatch;
  }

  /**
   * Build a URL for an endpoint. Unknown values become query arguments (arrays repeat the
   * key); `null`/`undefined` values are dropped. Throws BuildError when no rule fits.
   *
   * @see werkzeug/routing/map.py MapAdapter.build
   */
  build(endpoint: string, values?: BuildValues | null, options: BuildOptions = {}): string {
    this.map.update();
    const given: Record<string, unknown> = {};
    if (values) {
      if (typeof (values as { lists?: unknown }).lists === "function") {
        for (const [key, list] of (values as { lists(): Iterable<[string, unknown[]]> }).lists()) {
          if (list.length !== 0) given[key] = list.length === 1 ? list[0] : list;
        }
      } else {
        for (const [key, value] of Object.entries(values)) {
          if (value !== null && value !== undefined) given[key] = value;
        }
      }
    }
    const method = options.method ?? null;
    const found = this.#partialBuild(endpoint, given, method, options.appendUnknown ?? true);
    if (found === null) throw new BuildError(endpoint, given, method, this);

    const [domainPart, path] = found;
    const host = this.getHost(domainPart);
    let urlScheme = options.urlScheme ?? this.urlScheme;
    if (urlScheme) urlScheme = urlScheme === "https" || urlScheme === "wss" ? "https" : "http";
    const forceExternal = options.forceExternal ?? false;
    const stripped = path.replace(/^\/+/, "");
    if (
      !forceExternal &&
      ((this.map.hostMatching && host === this.serverName) ||
        (!this.map.hostMatching && domainPart === this.subdomain))
    ) {
      return `${this.scriptName.replace(/\/+$/, "")}/${stripped}`;
    }
    const scheme = urlScheme ? `${urlScheme}:` : "";
    return `${scheme}//${host}${this.scriptName.slice(0, -1)}/${stripped}`;
  }
}
