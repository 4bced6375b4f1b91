/**
 * Routing's own exceptions: redirects the map asks for, and URL building failures.
 *
 * @example
 * try { adapter.match("/docs"); } catch (e) { if (e instanceof RequestRedirect) e.newUrl; }
 * @see werkzeug/routing/exceptions.py
 */
import { HTTPException } from "../exceptions.ts";
import type { MapAdapter } from "./map-adapter.ts";
import { pyRepr, pyStrRepr } from "../python/index.ts";
import type { Rule } from "./rule.ts";
import { sequenceRatio } from "./sequence-matcher.ts";

/**
 * Base of routing exceptions that are not HTTP errors (BuildError). `RequestRedirect` is
 * both an HTTPException and a routing exception in Werkzeug; test with `isRoutingException`.
 *
 * @example
 * isRoutingException(error);
 * @see werkzeug/routing/exceptions.py RoutingException
 */
export class RoutingException extends Error {}

/**
 * The map wants the client to go elsewhere (missing slash, merged slashes, defaults, alias,
 * `redirectTo`). Answer it with `redirect(e.newUrl, e.code)`.
 *
 * @example
 * throw new RequestRedirect("http://localhost/docs/");
 * @see werkzeug/routing/exceptions.py RequestRedirect
 */
export class RequestRedirect extends HTTPException {
  static override code: number | null = 308;
  /** The absolute URL to redirect to. */
  newUrl: string;

  constructor(newUrl: string) {
    super(newUrl);
    this.newUrl = newUrl;
  }
}

/**
 * Whether an error is one of routing's own (Flask returns these unhandled by user handlers).
 *
 * @example
 * if (isRoutingException(e)) return e;
 * @see werkzeug/routing/exceptions.py RoutingException
 */
export function isRoutingException(error: unknown): boolean {
  return error instanceof RoutingException || error instanceof RequestRedirect;
}

/**
 * Internal: the matcher found the rule at another path.
 *
 * @see werkzeug/routing/exceptions.py RequestPath
 */
export class RequestPath extends RoutingException {
  readonly pathInfo: string;

  constructor(pathInfo: string) {
    super(pathInfo);
    this.pathInfo = pathInfo;
  }
}

/**
 * Internal: an alias rule matched and wants its canonical URL.
 *
 * @see werkzeug/routing/exceptions.py RequestAliasRedirect
 */
export class RequestAliasRedirect extends RoutingException {
  readonly matchedValues: Record<string, unknown>;
  readonly endpoint: string | null;

  constructor(matchedValues: Record<string, unknown>, endpoint: string | null) {
    super();
    this.matchedValues = matchedValues;
    this.endpoint = endpoint;
  }
}

/**
 * Internal: nothing matched; carries the methods that would have.
 *
 * @see werkzeug/routing/exceptions.py NoMatch
 */
export class NoMatch extends Error {
  readonly haveMatchFor: Set<string>;

  constructor(haveMatchFor: Set<string>) {
    super();
    this.haveMatchFor = haveMatchFor;
  }
}

/**
 * No rule can build a URL for this endpoint with these values; the message suggests a fix.
 *
 * @example
 * new BuildError("indx", {}, null, adapter).message; // "Could not build url for endpoint 'indx'. Did you mean 'index' instead?"
 * @see werkzeug/routing/exceptions.py BuildError
 */
export class BuildError extends RoutingException {
  readonly endpoint: string;
  readonly values: Record<string, unknown>;
  readonly method: string | null;
  readonly adapter: MapAdapter | null;
  #suggested: Rule | null | undefined;

  constructor(
    endpoint: string,
    values: Record<string, unknown>,
    method: string | null,
    adapter: MapAdapter | null = null,
  ) {
    super();
    this.endpoint = endpoint;
    this.values = values;
    this.method = method;
    this.adapter = adapter;
    this.message = this.toString();
  }

  override get name(): string {
    return "BuildError";
  }

  /** The rule most like the one asked for, or null. */
  get suggested(): Rule | null {
    if (this.#suggested === undefined) this.#suggested = this.closestRule(this.adapter);
    return this.#suggested;
  }

  /** Score every rule of the adapter's map and return the best. */
  closestRule(adapter: MapAdapter | null): Rule | null {
    const rules = adapter ? adapter.map.rules : [];
    if (rules.length === 0) return null;
    const valueKeys = Object.keys(this.values ?? {});
    const score = (rule: Rule): number => {
      let total = 0;
      total += 0.98 * sequenceRatio(String(rule.endpoint), String(this.endpoint));
      total += 0.01 * (valueKeys.every((key) => rule.arguments.has(key)) ? 1 : 0);
      total +=
        0.01 * (rule.methods && this.method !== null && rule.methods.has(this.method) ? 1 : 0);
      return total;
    };
    let best = rules[0] as Rule;
    let bestScore = score(best);
    for (const rule of rules.slice(1)) {
      const value = score(rule);
      if (value > bestScore) {
        best = rule;
        bestScore = value;
      }
    }
    return best;
  }

  override toString(): string {
    const message = [`Could not build url for endpoint ${pyStrRepr(this.endpoint)}`];
    if (this.method) message.push(` (${pyStrRepr(this.method)})`);
    const keys = Object.keys(this.values);
    if (keys.length > 0) message.push(` with values ${pyRepr(keys.sort())}`);
    message.push(".");
    const suggested = this.suggested;
    if (suggested) {
      if (this.endpoint === suggested.endpoint) {
        if (this.method && suggested.methods !== null && !suggested.methods.has(this.method)) {
          message.push(` Did you mean to use methods ${pyRepr([...suggested.methods].sort())}?`);
        }
        const missing = new Set([...suggested.arguments, ...Object.keys(suggested.defaults ?? {})]);
        for (const key of keys) missing.delete(key);
        if (missing.size > 0) {
          message.push(` Did you forget to specify values ${pyRepr([...missing].sort())}?`);
        }
      } else {
        message.push(` Did you mean ${pyRepr(suggested.endpoint)} instead?`);
      }
    }
    return message.join("");
  }
}
