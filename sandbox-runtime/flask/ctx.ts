/**
 * The app context: the app, `g`, and (while handling one) the request and its session.
 * The port follows Flask 3.1, but its contexts take the shape of Flask's next release (3.2,
 * not yet published): one AppContext carries the request too and is passed through the request
 * ladder explicitly, and `RequestContext` is another name for it. A view reads `request`,
 * `session`, `g` and `currentApp` as under 3.1, where a RequestContext pushes an AppContext.
 * @see flask/ctx.py AppContext, RequestContext
 */
import type { Flask } from "./app.ts";
import { KeyError } from "./datastructures.ts";
import { RuntimeError } from "./globals.ts";
import { andThen, isPromiseLike, type MaybePromise } from "./maybe-promise.ts";
import type { MapAdapter } from "./routing/index.ts";
import { getContextStore } from "./runtime-hooks.ts";
import type { SecureCookieSession } from "./sessions.ts";
import type { Request } from "./wrappers/request.ts";

/** The session object of a request (a SecureCookieSession, or a NullSession without a secret key). */
export type SessionLike = SecureCookieSession;

/**
 * The `g` namespace: any attributes, plus `get`, `pop` and `setdefault`.
 * @example
 * g.user = "ana"; g.get("user"); // "ana"
 * @see flask/ctx.py _AppCtxGlobals
 */
export class AppCtxGlobals {
  [key: string]: unknown;

  /** The attribute `name`, or `defaultValue` when missing. */
  get(name: string, defaultValue?: unknown): unknown {
    return Object.hasOwn(this, name) ? this[name] : defaultValue;
  }

  /** Remove and return `name`; without a default, a missing name is a KeyError. */
  pop(name: string, ...defaultValue: unknown[]): unknown {
    if (Object.hasOwn(this, name)) {
      const value = this[name];
      delete this[name];
      return value;
    }
    if (defaultValue.length === 0) throw new KeyError(name);
    return defaultValue[0];
  }

  /** The attribute `name`, set to `defaultValue` first when missing. */
  setdefault(name: string, defaultValue?: unknown): unknown {
    if (!Object.hasOwn(this, name)) this[name] = defaultValue;
    return this[name];
  }

  has(name: string): boolean {
    return Object.hasOwn(this, name);
  }

  /** The attribute names, as Python's `iter(g)`. */
  *[Symbol.iterator](): Iterator<string> {
    yield* Object.keys(this);
  }

  toString(): string {
    return "<flask.g of '…'>";
  }
}

type Teardown = (error: unknown) => unknown;

/**
 * The context pushed while the app works: `currentApp` and `g` read it, and with a request
 * also `request` and `session`. Use `await ctx.run(fn)` (Python's `with ctx:`), or `push()`
 * and `await pop()`.
 * @example
 * await app.appContext().run(() => currentApp.name);
 * @see flask/ctx.py AppContext
 */
export class AppContext {
  readonly app: Flask;
  readonly g: AppCtxGlobals;
  readonly urlAdapter: MapAdapter | null;
  /** Flashed messages read during this request (get_flashed_messages caches them here). */
  flashes: [string, string][] | null = null;
  /** Functions from `afterThisRequest`. */
  readonly afterRequestFunctions: ((response: unknown) => unknown)[] = [];
  #request: Request | null;
  #session: SessionLike | null = null;
  /** Builds the session on first use when it could be opened without reading a cookie. */
  #buildSession: (() => SessionLike) | null = null;
  #sessionLoading: Promise<void> | null = null;
  #previous: (AppContext | undefined)[] = [];

  constructor(app: Flask, request: Request | null = null) {
    this.app = app;
    this.#request = request;
    this.g = new app.appCtxGlobalsClass();
    this.urlAdapter = app.createUrlAdapter(request);
  }

  /** True when this context carries a request. */
  get hasRequest(): boolean {
    return this.#request !== null;
  }

  /** The request; throws outside a request. */
  get request(): Request {
    if (!this.#request) throw new RuntimeError("There is no request in this context.");
    return this.#request;
  }

  /** The session, once opened by the request ladder or {@link openSession}. */
  get session(): SessionLike {
    if (!this.#request) throw new RuntimeError("There is no request in this context.");
    if (!this.#session && this.#buildSession) {
      this.#session = this.#buildSession();
      this.#buildSession = null;
    }
    if (!this.#session) {
      throw new RuntimeError(
        "The session has not been loaded yet. Use 'await ctx.run(...)' or 'await ctx.openSession()' after 'push()'.",
      );
    }
    return this.#session;
  }

  set session(value: SessionLike) {
    this.#session = value;
    this.#buildSession = null;
  }

  /** True once the session is loaded. */
  get hasSession(): boolean {
    return this.#session !== null || this.#buildSession !== null;
  }

  /**
   * False while a session opened without a cookie has not been used yet: it is still empty and
   * unread, so there is nothing to save.
   */
  get sessionInUse(): boolean {
    return this.#session !== null;
  }

  /**
   * Load the session through the app's session interface (a null session without a secret key).
   * Without a session cookie to verify, the session is built only when first used. Returns a
   * promise only while an interface's `openSession` is still working (a signed cookie being
   * verified).
   */
  openSession(): MaybePromise<void> {
    const request = this.#request;
    if (this.#session || this.#buildSession || !request) return;
    if (this.#sessionLoading) return this.#sessionLoading;
    const iface = this.app.sessionInterface;
    const build = iface.deferredSession(this.app, request);
    if (build) {
      this.#buildSession = build;
      return;
    }
    const settle = (opened: SessionLike | null) => {
      this.#session = opened ?? iface.makeNullSession(this.app);
    };
    const opened = iface.openSession(this.app, request);
    if (!isPromiseLike(opened)) return settle(opened);
    this.#sessionLoading = Promise.resolve(opened).then(settle);
    return this.#sessionLoading;
  }

  /** Match the request URL, storing the rule and values or the routing error on the request. */
  matchRequest(): void {
    const req = this.#request;
    if (!req || !this.urlAdapter) return;
    try {
      const result = this.app.matchUrl(this.urlAdapter, req);
      req.urlRule = result.rule;
      req.viewArgs = result.args;
    } catch (error) {
      req.routingException = error;
    }
  }

  /** Make this context active for the rest of the current execution. */
  push(): void {
    const store = getContextStore<AppContext>();
    this.#previous.push(store.get());
    store.enter(this);
    if (this.#request) {
      this.matchRequest();
      // A failure to open shows when the session is first used ("not loaded yet").
      try {
        const opening = this.openSession();
        if (isPromiseLike(opening)) Promise.resolve(opening).catch(() => undefined);
      } catch {}
    }
  }

  /**
   * Run teardown functions and restore the previous context. The context is left at once, as
   * in Flask; the returned promise settles when async teardown functions finish.
   */
  pop(error: unknown = null): Promise<void> {
    let pending: MaybePromise<void>;
    try {
      pending = this.teardown(error);
    } finally {
      getContextStore<AppContext>().enter(this.#previous.pop());
    }
    return Promise.resolve(pending);
  }

  /** Run `fn` inside this context (Python's `with ctx:`), then tear it down. */
  async run<R>(fn: () => R | Promise<R>): Promise<R> {
    const store = getContextStore<AppContext>();
    if (this.#request) {
      this.matchRequest();
      await this.openSession();
    }
    let failure: unknown = null;
    try {
      return await store.run(this, async () => await fn());
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      await store.run(this, () => this.teardown(failure));
    }
  }

  /**
   * Run the teardown functions, request ones first. While they answer at once they all run
   * before this returns, so `pop()` can leave the context at once; from the first async one the
   * rest wait for it, and the returned promise settles when the last is done.
   */
  teardown(error: unknown): MaybePromise<void> {
    const requestDone = this.#request ? this.app.doTeardownRequest(this, error) : undefined;
    return andThen(requestDone, () => this.app.doTeardownAppcontext(this, error));
  }

  /** A context for the same request, to carry it into other async work. */
  copy(): AppContext {
    const ctx = new AppContext(this.app, this.#request);
    // Both contexts share one session, so build a deferred one now.
    ctx.#session = this.hasSession ? this.session : null;
    return ctx;
  }

  toString(): string {
    return this.#request
      ? `<AppContext '${this.#request.url}' [${this.#request.method}] of ${this.app.name}>`
      : `<AppContext of ${this.app.name}>`;
  }
}

/**
 * The request context, merged into {@link AppContext} as Flask 3.2 will merge it; this is the
 * name Flask 3.1 gives it.
 * @example
 * app.testRequestContext() instanceof RequestContext; // true
 * @see flask/ctx.py RequestContext
 */
export const RequestContext = AppContext;
export type RequestContext = AppContext;

/** Teardown callbacks as stored on the scaffold. */
export type TeardownFunction = Teardown;
