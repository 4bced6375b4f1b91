/**
 * Sessions: the `session` object views use, and the interface that loads it from and saves it to a signed
 * cookie exactly as Flask does (itsdangerous URLSafeTimedSerializer, salt "cookie-session", HMAC key
 * derivation with SHA-1, Flask's tagged JSON), so the port and real Flask can read each other's cookies.
 *
 * @example
 * const iface = new SecureCookieSessionInterface();
 * const session = (await iface.openSession(app, request)) ?? iface.makeNullSession(app);
 * session.user = "ana";
 * await iface.saveSession(app, session, response);
 * @see flask/sessions.py
 */
import type { CookieOptions, Duration } from "./http/cookie-dump.ts";
import { BadData } from "./itsdangerous/errors.ts";
import type { DigestMethod, KeyDerivation } from "./itsdangerous/signer.ts";
import type { TimestampSignerOptions } from "./itsdangerous/timestamp-signer.ts";
import { URLSafeTimedSerializer } from "./itsdangerous/url-safe.ts";
import { isDict, TaggedJSONSerializer } from "./json-tag.ts";
import { andThen, type MaybePromise } from "./maybe-promise.ts";
import { KeyError, pyRepr, RuntimeError } from "./python/index.ts";

export { KeyError } from "./python/index.ts";

/** Session members that are attributes, not stored keys. */
const STATUS_NAMES = new Set(["modified", "accessed", "new", "permanent"]);
/** Session members that are methods; they cannot be assigned as keys with `session.name = …`. */
const METHOD_NAMES = new Set([
  "get",
  "pop",
  "setdefault",
  "update",
  "clear",
  "keys",
  "values",
  "items",
  "toJSON",
  "toString",
  "constructor",
]);
const WRITE_GUARD = Symbol("sessionWriteGuard");

/**
 * Thrown when a NullSession (no secret key) is written to; Flask raises `RuntimeError` with this text.
 * @example
 * new SessionUnavailableError().message; // "The session is unavailable because no secret key was set. …"
 * @see flask/sessions.py NullSession._fail
 */
export class SessionUnavailableError extends RuntimeError {
  constructor() {
    super(
      "The session is unavailable because no secret key was set.  Set the secret_key on the application" +
        " to something unique and secret.",
    );
  }
}

type Initial =
  | Record<string, unknown>
  | Map<string, unknown>
  | Iterable<readonly [string, unknown]>
  | null
  | undefined;

function entriesOf(initial: Initial): [string, unknown][] {
  if (initial === null || initial === undefined) return [];
  if (initial instanceof Map) return [...initial.entries()];
  if (typeof (initial as Iterable<unknown>)[Symbol.iterator] === "function" && !isDict(initial)) {
    return [...(initial as Iterable<readonly [string, unknown]>)].map(([k, v]) => [k, v]);
  }
  return Object.entries(initial as Record<string, unknown>);
}

const targets = new WeakMap<object, SecureCookieSession>();

/** A snapshot of a session's state, read without marking it accessed. */
export interface SessionState {
  data: Record<string, unknown>;
  size: number;
  modified: boolean;
  accessed: boolean;
  permanent: boolean;
  isNull: boolean;
}

/**
 * The session: a dict-like object. Keys are plain properties (`session.user = "ana"`, `session.user`,
 * `"user" in session`, `delete session.user`, `Object.keys(session)`), and it has Flask's dict methods and
 * attributes. Any use (other than reading `accessed`) marks it `accessed`, as Flask 3.1.3 does; writing marks
 * it `modified` too. Changing a nested value does not:
 * set `session.modified = true` yourself then. Method and attribute names (`get`, `pop`, `setdefault`,
 * `update`, `clear`, `keys`, `values`, `items`, `toJSON`, `toString`, `constructor`, `modified`, `accessed`,
 * `new`, `permanent`) are reserved: store such keys with `update({ … })` and read them with `get(…)`.
 * @example
 * const session = new SecureCookieSession({ visits: 1 });
 * session.visits += 1;
 * session.permanent = true;
 * @see flask/sessions.py SecureCookieSession
 */
export class SecureCookieSession {
  [key: string]: any;

  #data: Map<string, unknown>;
  #modified = false;
  #accessed = false;
  #new = false;

  constructor(initial?: Initial) {
    this.#data = new Map(entriesOf(initial));
    const proxy = new Proxy(this, SecureCookieSession.#handler);
    targets.set(proxy, this);
    targets.set(this, this);
    // biome-ignore lint/correctness/noConstructorReturn: the proxy is what makes keys behave like properties
    return proxy;
  }

  static #handler: ProxyHandler<SecureCookieSession> = {
    get(target, prop) {
      if (typeof prop === "symbol") {
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      }
      // Resolving a promise probes `then` (e.g. `return session` from an async function); that is no read.
      if (prop === "then") return target.#data.get(prop);
      if (prop !== "accessed") target.#accessed = true;
      if (STATUS_NAMES.has(prop) || METHOD_NAMES.has(prop)) {
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" && prop !== "constructor" ? value.bind(target) : value;
      }
      return target.#data.get(prop);
    },
    set(target, prop, value) {
      if (typeof prop === "symbol" || STATUS_NAMES.has(prop))
        return Reflect.set(target, prop, value, target);
      if (METHOD_NAMES.has(prop)) {
        throw new TypeError(
          `'${prop}' is a session method; store it with session.update({ ${prop}: … }) instead`,
        );
      }
      target.#setItem(prop, value);
      return true;
    },
    has(target, prop) {
      if (typeof prop === "symbol") return Reflect.has(target, prop);
      target.#accessed = true;
      return target.#data.has(prop);
    },
    deleteProperty(target, prop) {
      if (typeof prop === "symbol") return Reflect.deleteProperty(target, prop);
      target[WRITE_GUARD]();
      target.#accessed = true;
      if (target.#data.delete(prop)) target.#modified = true;
      return true;
    },
    ownKeys(target) {
      target.#accessed = true;
      return [...target.#data.keys()];
    },
    getOwnPropertyDescriptor(target, prop) {
      if (typeof prop === "symbol" || !target.#data.has(prop)) return undefined;
      return {
        value: target.#data.get(prop),
        writable: true,
        enumerable: true,
        configurable: true,
      };
    },
    defineProperty(target, prop, descriptor) {
      if (typeof prop === "symbol") return Reflect.defineProperty(target, prop, descriptor);
      target.#setItem(prop, descriptor.value);
      return true;
    },
  };

  /** Subclasses throw here to refuse writes. */
  [WRITE_GUARD](): void {}

  #setItem(key: string, value: unknown): void {
    this[WRITE_GUARD]();
    this.#data.set(key, value);
    this.#modified = true;
    this.#accessed = true;
  }

  /** True once the session was changed; only then (or when permanent and refreshing) is the cookie sent. */
  get modified(): boolean {
    return this.#modified;
  }
  set modified(value: boolean) {
    this.#modified = Boolean(value);
  }

  /** True once the session was read or written; the response then gets `Vary: Cookie`. */
  get accessed(): boolean {
    return this.#accessed;
  }
  set accessed(value: boolean) {
    this.#accessed = Boolean(value);
  }

  /** Cookie sessions cannot tell a new session from an empty one, so this stays false (as in Flask). */
  get new(): boolean {
    return this.#new;
  }
  set new(value: boolean) {
    this.#new = Boolean(value);
  }

  /** Mirrors the `_permanent` key: a permanent session's cookie lasts `PERMANENT_SESSION_LIFETIME`. */
  get permanent(): boolean {
    return Boolean(this.get("_permanent", false));
  }
  set permanent(value: boolean) {
    this.#setItem("_permanent", Boolean(value));
  }

  /**
   * The value for `key`, or `defaultValue` when it is missing.
   * @example
   * session.get("user", "guest");
   * @see flask/ctx.py RequestContext.session (any use marks the session accessed, Flask 3.1.3)
   */
  get(key: string, defaultValue?: unknown): any {
    this.#accessed = true;
    return this.#data.has(key) ? this.#data.get(key) : defaultValue;
  }

  /**
   * Remove `key` and return its value; without a default a missing key throws KeyError.
   * @example
   * session.pop("user", null);
   * @see werkzeug/datastructures/mixins.py UpdateDictMixin.pop
   */
  pop(key: string, ...defaultValue: [unknown?]): any {
    this[WRITE_GUARD]();
    this.#accessed = true;
    if (!this.#data.has(key)) {
      if (defaultValue.length === 0) throw new KeyError(key);
      return defaultValue[0];
    }
    const value = this.#data.get(key);
    this.#data.delete(key);
    this.#modified = true;
    return value;
  }

  /**
   * Return the value for `key`, storing `value` first when the key is missing.
   * @example
   * session.setdefault("cart", []).push(item); session.modified = true;
   * @see werkzeug/datastructures/mixins.py UpdateDictMixin.setdefault
   */
  setdefault(key: string, value: unknown = null): any {
    this[WRITE_GUARD]();
    this.#accessed = true;
    if (!this.#data.has(key)) {
      this.#data.set(key, value);
      this.#modified = true;
    }
    return this.#data.get(key);
  }

  /**
   * Store every key of an object, Map or list of pairs.
   * @example
   * session.update({ user: "ana", lang: "lt" });
   * @see werkzeug/datastructures/mixins.py UpdateDictMixin.update
   */
  update(values: Initial): void {
    this[WRITE_GUARD]();
    for (const [k, v] of entriesOf(values)) this.#data.set(k, v);
    this.#modified = true;
    this.#accessed = true;
  }

  /**
   * Remove every key.
   * @example
   * session.clear();
   * @see werkzeug/datastructures/mixins.py UpdateDictMixin.clear
   */
  clear(): void {
    this[WRITE_GUARD]();
    this.#data.clear();
    this.#modified = true;
    this.#accessed = true;
  }

  /**
   * The stored keys, in insertion order.
   * @example
   * session.keys(); // ["user"]
   * @see flask/sessions.py SecureCookieSession
   */
  keys(): string[] {
    this.#accessed = true;
    return [...this.#data.keys()];
  }

  /**
   * The stored values.
   * @example
   * session.values(); // ["ana"]
   * @see flask/sessions.py SecureCookieSession
   */
  values(): unknown[] {
    this.#accessed = true;
    return [...this.#data.values()];
  }

  /**
   * The stored `[key, value]` pairs.
   * @example
   * session.items(); // [["user", "ana"]]
   * @see flask/sessions.py SecureCookieSession
   */
  items(): [string, unknown][] {
    this.#accessed = true;
    return [...this.#data.entries()];
  }

  /**
   * A plain-object copy of the data (what `JSON.stringify(session)` writes).
   * @example
   * JSON.stringify(session); // '{"user":"ana"}'
   * @see flask/sessions.py SecureCookieSessionInterface.save_session
   */
  toJSON(): Record<string, unknown> {
    this.#accessed = true;
    return Object.fromEntries(this.#data);
  }

  toString(): string {
    return `<${this.#className()} ${pyRepr(Object.fromEntries(this.#data))}>`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  #className(): string {
    return Object.getPrototypeOf(this)?.constructor?.name ?? "SecureCookieSession";
  }

  /**
   * Read a session's state without marking it accessed (for session interfaces and test clients).
   * @example
   * SecureCookieSession.inspect(session).modified;
   * @see flask/sessions.py SecureCookieSessionInterface.save_session
   */
  static inspect(session: SecureCookieSession): SessionState {
    const target = targets.get(session) ?? session;
    return {
      data: Object.fromEntries(target.#data),
      size: target.#data.size,
      modified: target.#modified,
      accessed: target.#accessed,
      permanent: Boolean(target.#data.get("_permanent")),
      isNull: target instanceof NullSession,
    };
  }
}

/**
 * The session used when no secret key is set: it reads as empty and every write throws Flask's error.
 * @example
 * new NullSession().user = "ana"; // throws "The session is unavailable because no secret key was set. …"
 * @see flask/sessions.py NullSession
 */
export class NullSession extends SecureCookieSession {
  override [WRITE_GUARD](): void {
    throw new SessionUnavailableError();
  }
}

/** What the session interface needs from the app. */
export interface SessionApp {
  /** A Config (anything with `get`) or a plain record of config keys. */
  config: { get(key: string): unknown } | Record<string, unknown>;
  /** The app's secret key; when not given, `config.SECRET_KEY` is used. */
  secretKey?: string | Uint8Array | null;
}

/** What the session interface needs from the request. */
export interface SessionRequest {
  cookies: { get(name: string): string | null | undefined };
}

/** Options passed to `deleteCookie`. */
export type DeleteCookieOptions = Pick<
  CookieOptions,
  "path" | "domain" | "secure" | "httpOnly" | "sameSite" | "partitioned"
>;

/**
 * What the session interface needs from the response: the port's `Response`, or anything with
 * its cookie methods and `vary.add` or Web-style `headers` (a missing header reads as null or
 * undefined).
 */
export interface SessionResponse {
  setCookie(key: string, value: string, options: CookieOptions): void;
  deleteCookie(key: string, options: DeleteCookieOptions): void;
  vary?: { add(value: string): void };
  headers?: {
    get(name: string): string | null | undefined;
    set(name: string, value: string): void;
  };
}

const DEFAULTS: Record<string, unknown> = {
  SECRET_KEY: null,
  SECRET_KEY_FALLBACKS: null,
  SESSION_COOKIE_NAME: "session",
  SESSION_COOKIE_DOMAIN: null,
  SESSION_COOKIE_PATH: null,
  SESSION_COOKIE_HTTPONLY: true,
  SESSION_COOKIE_SECURE: false,
  SESSION_COOKIE_PARTITIONED: false,
  SESSION_COOKIE_SAMESITE: null,
  PERMANENT_SESSION_LIFETIME: 31 * 86400,
  SESSION_REFRESH_EACH_REQUEST: true,
  APPLICATION_ROOT: "/",
};

/**
 * Read a config key from the app, falling back to Flask's default when the key is absent.
 * @example
 * configValue(app, "SESSION_COOKIE_NAME"); // "session"
 * @see flask/app.py Flask.default_config
 */
export function configValue(app: SessionApp, key: string): unknown {
  const config = app.config as { get?: unknown } & Record<string, unknown>;
  const value =
    typeof config.get === "function" ? (config.get as (k: string) => unknown)(key) : config[key];
  return value === undefined ? DEFAULTS[key] : value;
}

function durationSeconds(value: unknown): number {
  if (typeof value === "number") return value;
  if (value !== null && typeof value === "object") {
    const d = value as Duration;
    return (
      (d.days ?? 0) * 86400 +
      (d.hours ?? 0) * 3600 +
      (d.minutes ?? 0) * 60 +
      (d.seconds ?? 0) +
      (d.milliseconds ?? 0) / 1000
    );
  }
  return Number(value);
}

/** The key that signs sessions: `app.secretKey` when set, else `config.SECRET_KEY`. */
function secretKeyOf(app: SessionApp): unknown {
  return app.secretKey !== undefined ? app.secretKey : configValue(app, "SECRET_KEY");
}

function truthy(value: unknown): boolean {
  if (value instanceof Uint8Array) return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function addVary(response: SessionResponse, value: string): void {
  if (response.vary && typeof response.vary.add === "function") {
    response.vary.add(value);
    return;
  }
  const headers = response.headers;
  if (!headers) return;
  const current = (headers.get("Vary") ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (current.some((v) => v.toLowerCase() === value.toLowerCase())) return;
  headers.set("Vary", [...current, value].join(", "));
}

/**
 * The base session interface: cookie settings from config, and the rules for when to write the cookie.
 * Subclass it and implement `openSession`/`saveSession` to store sessions elsewhere.
 * @example
 * class ServerSideSessions extends SessionInterface { async openSession(app, request) { … } async saveSession(app, session, response) { … } }
 * @see flask/sessions.py SessionInterface
 */
export class SessionInterface {
  /** The class `makeNullSession` builds. */
  nullSessionClass: typeof NullSession = NullSession;
  /** Kept for parity with Flask; nothing here is pickle-based. */
  pickleBased = false;

  /**
   * The session used when `openSession` returns null (no secret key).
   * @example
   * iface.makeNullSession(app);
   * @see flask/sessions.py SessionInterface.make_null_session
   */
  makeNullSession(_app: SessionApp): NullSession {
    return new this.nullSessionClass();
  }

  /**
   * Whether `obj` is a null session.
   * @example
   * iface.isNullSession(session);
   * @see flask/sessions.py SessionInterface.is_null_session
   */
  isNullSession(obj: unknown): boolean {
    return obj instanceof this.nullSessionClass;
  }

  /**
   * `SESSION_COOKIE_NAME`.
   * @example
   * iface.getCookieName(app);
   * @see flask/sessions.py SessionInterface.get_cookie_name
   */
  getCookieName(app: SessionApp): string {
    return String(configValue(app, "SESSION_COOKIE_NAME"));
  }

  /**
   * `SESSION_COOKIE_DOMAIN`, or null. Follows Flask 2.3+: no fallback to `SERVER_NAME`.
   * @example
   * iface.getCookieDomain(app);
   * @see flask/sessions.py SessionInterface.get_cookie_domain
   */
  getCookieDomain(app: SessionApp): string | null {
    const domain = configValue(app, "SESSION_COOKIE_DOMAIN");
    return domain ? String(domain) : null;
  }

  /**
   * `SESSION_COOKIE_PATH`, else `APPLICATION_ROOT`.
   * @example
   * iface.getCookiePath(app);
   * @see flask/sessions.py SessionInterface.get_cookie_path
   */
  getCookiePath(app: SessionApp): string {
    const path = configValue(app, "SESSION_COOKIE_PATH");
    return String(path || configValue(app, "APPLICATION_ROOT"));
  }

  /**
   * `SESSION_COOKIE_HTTPONLY`.
   * @example
   * iface.getCookieHttpOnly(app);
   * @see flask/sessions.py SessionInterface.get_cookie_httponly
   */
  getCookieHttpOnly(app: SessionApp): boolean {
    return Boolean(configValue(app, "SESSION_COOKIE_HTTPONLY"));
  }

  /**
   * `SESSION_COOKIE_SECURE`.
   * @example
   * iface.getCookieSecure(app);
   * @see flask/sessions.py SessionInterface.get_cookie_secure
   */
  getCookieSecure(app: SessionApp): boolean {
    return Boolean(configValue(app, "SESSION_COOKIE_SECURE"));
  }

  /**
   * `SESSION_COOKIE_SAMESITE`.
   * @example
   * iface.getCookieSameSite(app);
   * @see flask/sessions.py SessionInterface.get_cookie_samesite
   */
  getCookieSameSite(app: SessionApp): string | null {
    const value = configValue(app, "SESSION_COOKIE_SAMESITE");
    return value ? String(value) : null;
  }

  /**
   * `SESSION_COOKIE_PARTITIONED` (Flask 3.1).
   * @example
   * iface.getCookiePartitioned(app);
   * @see flask/sessions.py SessionInterface.get_cookie_partitioned
   */
  getCookiePartitioned(app: SessionApp): boolean {
    return Boolean(configValue(app, "SESSION_COOKIE_PARTITIONED"));
  }

  /** Seconds since the epoch; the clock the interface uses. */
  now(): number {
    return Date.now() / 1000;
  }

  /**
   * When a permanent session's cookie expires (now + `PERMANENT_SESSION_LIFETIME`); null for browser sessions.
   * @example
   * iface.getExpirationTime(app, session);
   * @see flask/sessions.py SessionInterface.get_expiration_time
   */
  getExpirationTime(app: SessionApp, session: SecureCookieSession): Date | null {
    if (!SecureCookieSession.inspect(session).permanent) return null;
    return new Date(
      (this.now() + durationSeconds(configValue(app, "PERMANENT_SESSION_LIFETIME"))) * 1000,
    );
  }

  /**
   * Send the cookie when the session was modified, or when it is permanent and `SESSION_REFRESH_EACH_REQUEST`.
   * @example
   * iface.shouldSetCookie(app, session);
   * @see flask/sessions.py SessionInterface.should_set_cookie
   */
  shouldSetCookie(app: SessionApp, session: SecureCookieSession): boolean {
    const state = SecureCookieSession.inspect(session);
    return (
      state.modified ||
      (state.permanent && Boolean(configValue(app, "SESSION_REFRESH_EACH_REQUEST")))
    );
  }

  /**
   * When the session can be opened without reading a signed cookie, a function that builds it,
   * so the request ladder builds it only if the request touches the session; null means "await
   * {@link openSession}". The base interface always answers null.
   * @example
   * const build = iface.deferredSession(app, request);
   * const session = build ? build() : await iface.openSession(app, request);
   */
  deferredSession(_app: SessionApp, _request: SessionRequest): (() => SecureCookieSession) | null {
    return null;
  }

  /**
   * Load the session for a request; null means "use a null session". It may answer at once or
   * with a promise.
   * @see flask/sessions.py SessionInterface.open_session
   */
  openSession(
    _app: SessionApp,
    _request: SessionRequest,
  ): MaybePromise<SecureCookieSession | null> {
    throw new Error("A SessionInterface subclass implements openSession; this one does not.");
  }

  /**
   * Store the session on the response, at once or with a promise.
   * @see flask/sessions.py SessionInterface.save_session
   */
  saveSession(
    _app: SessionApp,
    _session: SecureCookieSession,
    _response: SessionResponse,
  ): MaybePromise<void> {
    throw new Error("A SessionInterface subclass implements saveSession; this one does not.");
  }
}

/** Options of `SecureCookieSessionInterface`. */
export interface SecureCookieSessionOptions {
  /** Seconds since the epoch; used for the signing timestamp, expiry checks and `Expires`. */
  now?: () => number;
}

/**
 * Flask's default session interface: the session lives in a signed (not encrypted) cookie.
 * Follows Flask 3.x where it differs from 2.2: `SECRET_KEY_FALLBACKS` (3.1) verify old cookies while the secret key
 * signs, `SESSION_COOKIE_PARTITIONED` (3.1), `SESSION_COOKIE_DOMAIN` has no `SERVER_NAME` fallback (2.3), and any
 * use of the session marks it accessed (3.1.3).
 * @example
 * const iface = new SecureCookieSessionInterface();
 * const session = await iface.openSession({ config: { SECRET_KEY: "dev" } }, request);
 * @see flask/sessions.py SecureCookieSessionInterface
 */
export class SecureCookieSessionInterface extends SessionInterface {
  /** Salt mixed into the key so session signatures differ from other signed values. */
  salt = "cookie-session";
  /** Hash used for key derivation and the HMAC. */
  digestMethod: DigestMethod = "SHA-1";
  /** Flask derives the signing key with HMAC(secret, salt). */
  keyDerivation: KeyDerivation = "hmac";
  /** The payload format. */
  serializer = new TaggedJSONSerializer();
  /** The class sessions are made from. */
  sessionClass: typeof SecureCookieSession = SecureCookieSession;
  readonly #now: (() => number) | undefined;

  constructor(options: SecureCookieSessionOptions = {}) {
    super();
    this.#now = options.now;
  }

  override now(): number {
    return this.#now ? this.#now() : Date.now() / 1000;
  }

  /**
   * The serializer for this app's keys: `SECRET_KEY_FALLBACKS` (oldest first) then the secret key,
   * which signs. Null when there is no secret key.
   * @example
   * await iface.getSigningSerializer(app)?.dumps({ user: "ana" });
   * @see flask/sessions.py SecureCookieSessionInterface.get_signing_serializer
   */
  getSigningSerializer(app: SessionApp): URLSafeTimedSerializer | null {
    const secret = secretKeyOf(app);
    if (!truthy(secret)) return null;
    const fallbacks = configValue(app, "SECRET_KEY_FALLBACKS");
    const keys = [...(Array.isArray(fallbacks) ? fallbacks : []), secret] as (
      | string
      | Uint8Array
    )[];
    const signerKwargs: TimestampSignerOptions = {
      keyDerivation: this.keyDerivation,
      digestMethod: this.digestMethod,
    };
    if (this.#now) {
      const now = this.#now;
      signerKwargs.timestamp = () => Math.floor(now());
    }
    return new URLSafeTimedSerializer(keys, {
      salt: this.salt,
      serializer: this.serializer,
      signerKwargs,
    });
  }

  /**
   * Without a secret key (a null session) or without a session cookie (an empty session), what
   * {@link openSession} would answer, built later; null when a cookie must be verified first or
   * a subclass changed how sessions open or are saved (its save must see every session).
   * @example
   * iface.deferredSession({ config: { SECRET_KEY: "dev" } }, { cookies: new Map() })?.(); // empty
   */
  override deferredSession(
    app: SessionApp,
    request: SessionRequest,
  ): (() => SecureCookieSession) | null {
    const own = SecureCookieSessionInterface.prototype;
    if (
      this.openSession !== own.openSession ||
      this.saveSession !== own.saveSession ||
      this.getSigningSerializer !== own.getSigningSerializer
    )
      return null;
    if (!truthy(secretKeyOf(app))) return () => this.makeNullSession(app);
    if (request.cookies.get(this.getCookieName(app))) return null;
    return () => new this.sessionClass();
  }

  /**
   * Load the session from the request's cookie. A missing, tampered, truncated or expired cookie gives an
   * empty session; no secret key gives null.
   * @example
   * const session = await iface.openSession(app, { cookies: new Map([["session", value]]) });
   * @see flask/sessions.py SecureCookieSessionInterface.open_session
   */
  override async openSession(
    app: SessionApp,
    request: SessionRequest,
  ): Promise<SecureCookieSession | null> {
    const serializer = this.getSigningSerializer(app);
    if (serializer === null) return null;
    const value = request.cookies.get(this.getCookieName(app));
    if (!value) return new this.sessionClass();
    const maxAge = Math.trunc(durationSeconds(configValue(app, "PERMANENT_SESSION_LIFETIME")));
    try {
      const data = await serializer.loads(value, { maxAge });
      // Flask only catches BadSignature; a bad payload or a non-dict value would crash there, here it resets.
      return isDict(data)
        ? new this.sessionClass(data as Record<string, unknown>)
        : new this.sessionClass();
    } catch (error) {
      if (error instanceof BadData) return new this.sessionClass();
      throw error;
    }
  }

  /**
   * Write the session cookie (or delete it when the session was emptied) and add `Vary: Cookie`.
   * Only signing a new cookie waits (Web Crypto); otherwise it is done when it returns.
   * @example
   * await iface.saveSession(app, session, response);
   * @see flask/sessions.py SecureCookieSessionInterface.save_session
   */
  override saveSession(
    app: SessionApp,
    session: SecureCookieSession,
    response: SessionResponse,
  ): MaybePromise<void> {
    const name = this.getCookieName(app);
    const domain = this.getCookieDomain(app);
    const path = this.getCookiePath(app);
    const secure = this.getCookieSecure(app);
    const partitioned = this.getCookiePartitioned(app);
    const sameSite = this.getCookieSameSite(app);
    const httpOnly = this.getCookieHttpOnly(app);
    const state = SecureCookieSession.inspect(session);

    if (state.accessed) addVary(response, "Cookie");

    if (state.size === 0) {
      if (state.modified) {
        response.deleteCookie(name, { domain, path, secure, partitioned, sameSite, httpOnly });
        addVary(response, "Cookie");
      }
      return;
    }
    if (!this.shouldSetCookie(app, session)) return;

    const expires = this.getExpirationTime(app, session);
    const serializer = this.getSigningSerializer(app);
    if (serializer === null) return;
    return andThen(serializer.dumps(state.data), (value) => {
      response.setCookie(name, value, {
        expires,
        httpOnly,
        domain,
        path,
        secure,
        partitioned,
        sameSite,
      });
      addVary(response, "Cookie");
    });
  }
}
