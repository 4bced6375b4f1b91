/**
 * Testing helpers: the test client with its cookie jar, and made-up requests.
 * @see flask/testing.py FlaskClient, EnvironBuilder; werkzeug/test.py Client
 */
import type { Flask } from "./app.ts";
import { Headers } from "./datastructures.ts";
import { parseDate } from "./http.ts";
import { cookiePathMatches, parseSetCookie } from "./http/set-cookie.ts";
import { pythonJsonDumps } from "./python/index.ts";
import type { Request } from "./wrappers/request.ts";
import type { Response } from "./wrappers/response.ts";

/** A file in test form data. */
export interface TestFile {
  content: string | Uint8Array;
  filename: string;
  contentType?: string;
}

type FormValue = string | number | boolean | TestFile | Blob;

/** How a test request is described (Werkzeug's EnvironBuilder arguments). */
export interface TestRequestOptions {
  method?: string;
  headers?: Record<string, string> | [string, string][] | Headers | globalThis.Headers;
  /** The query string, as text or values (`{ q: "x" }`). */
  queryString?: string | Record<string, string | number | (string | number)[]>;
  /** Another name for {@link TestRequestOptions.queryString}. */
  query?: string | Record<string, string | number | (string | number)[]>;
  /** Body: text/bytes as is, an object as a form (multipart when it holds files). */
  data?: string | Uint8Array | Record<string, FormValue | FormValue[]>;
  /** Body as JSON (sets Content-Type: application/json). */
  json?: unknown;
  contentType?: string;
  /** Base URL, default `http://localhost/`. */
  baseUrl?: string;
  /** Client address, default `127.0.0.1`. */
  remoteAddr?: string;
}

/** Options of a test client call. */
export interface TestClientOptions extends TestRequestOptions {
  /** Follow redirects, collecting them in `response.history`. */
  followRedirects?: boolean;
}

const encoder = new TextEncoder();

function isFile(value: unknown): value is TestFile {
  return typeof value === "object" && value !== null && "filename" in value && "content" in value;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function encodeForm(values: Record<string, string>[] | [string, string][]): string {
  return (values as [string, string][])
    .map(
      ([k, v]) =>
        `${encodeURIComponent(k).replace(/%20/g, "+")}=${encodeURIComponent(v).replace(/%20/g, "+")}`,
    )
    .join("&");
}

function buildBody(
  options: TestRequestOptions,
  headers: Headers,
  dumpJson: (value: unknown) => string,
): Uint8Array | null {
  if (options.json !== undefined) {
    if (options.data !== undefined) throw new TypeError("can't provide both json and data");
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
    return encoder.encode(dumpJson(options.json));
  }
  const data = options.data;
  if (data === undefined) return null;
  if (typeof data === "string") return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  const pairs: [string, FormValue][] = [];
  for (const [k, v] of Object.entries(data)) {
    for (const item of Array.isArray(v) ? v : [v]) pairs.push([k, item]);
  }
  const hasFiles = pairs.some(([, v]) => isFile(v));
  if (!hasFiles) {
    if (!headers.has("Content-Type"))
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    return encoder.encode(encodeForm(pairs.map(([k, v]) => [k, String(v)])));
  }
  const boundary = `---------------WerkzeugFormPart_${Date.now()}${Math.random().toString().slice(2)}`;
  headers.set("Content-Type", `multipart/form-data; boundary=${boundary}`);
  const chunks: Uint8Array[] = [];
  for (const [k, v] of pairs) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${k}"`;
    let content: Uint8Array;
    if (isFile(v)) {
      head += `; filename="${v.filename}"\r\nContent-Type: ${v.contentType ?? "application/octet-stream"}`;
      content = typeof v.content === "string" ? encoder.encode(v.content) : v.content;
    } else {
      content = encoder.encode(String(v));
    }
    chunks.push(encoder.encode(`${head}\r\n\r\n`), content, encoder.encode("\r\n"));
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  return concat(chunks);
}

function buildUrl(path: string, options: TestRequestOptions): URL {
  const base = options.baseUrl ?? "http://localhost/";
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(path)
    ? new URL(path)
    : new URL(path.replace(/^\/*/, "/"), base);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    const prefix = new URL(base).pathname.replace(/\/+$/, "");
    if (prefix) url.pathname = `${prefix}${url.pathname}`;
  }
  const qs = options.queryString ?? options.query;
  if (typeof qs === "string") url.search = qs;
  else if (qs) {
    const pairs: [string, string][] = [];
    for (const [k, v] of Object.entries(qs))
      for (const item of Array.isArray(v) ? v : [v]) pairs.push([k, String(item)]);
    url.search = encodeForm(pairs);
  }
  return url;
}

/**
 * A web Request and its body bytes built from test options. A `json` body is written by
 * `dumpJson`: Python's `json.dumps` unless an app's provider is given, as Werkzeug's
 * EnvironBuilder and Flask's (which uses `app.json.dumps`) write it.
 * @example
 * const { web, body } = buildTestRequest("/?q=1", { method: "POST", data: { name: "ana" } });
 * @see werkzeug/test.py EnvironBuilder
 */
export function buildTestRequest(
  path: string,
  options: TestRequestOptions = {},
  dumpJson: (value: unknown) => string = (value) => pythonJsonDumps(value),
): { web: globalThis.Request; body: Uint8Array } {
  const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
  if (options.contentType) headers.set("Content-Type", options.contentType);
  const body = buildBody(options, headers, dumpJson);
  const url = buildUrl(path, options);
  const method = (options.method ?? "GET").toUpperCase();
  if (body !== null) headers.set("Content-Length", String(body.byteLength));
  const web = new globalThis.Request(url, {
    method,
    headers: headers.toWeb(),
    body:
      body !== null && method !== "GET" && method !== "HEAD"
        ? (body as Uint8Array<ArrayBuffer>)
        : undefined,
  });
  return { web, body: body ?? new Uint8Array() };
}

/**
 * The options with the app's own base URL when they give none: `SERVER_NAME` (or `localhost`),
 * `APPLICATION_ROOT` as the script root, `PREFERRED_URL_SCHEME`, as Flask's test client builds it.
 * @example withAppBase(app, {}).baseUrl // "http://localhost/"
 * @see flask/testing.py EnvironBuilder.__init__
 */
export function withAppBase(app: Flask, options: TestRequestOptions): TestRequestOptions {
  if (options.baseUrl !== undefined) return options;
  const host = (app.config.SERVER_NAME as string | null) || "localhost";
  const root = String(app.config.APPLICATION_ROOT ?? "/").replace(/^\/+/, "");
  const scheme = String(app.config.PREFERRED_URL_SCHEME ?? "http");
  return { ...options, baseUrl: `${scheme}://${host}/${root}` };
}

/**
 * A port Request for `app.testRequestContext` (built synchronously).
 * @example
 * const req = makeTestRequest(app, "/?name=ana");
 * @see flask/testing.py EnvironBuilder
 */
export function makeTestRequest(app: Flask, path: string, given: TestRequestOptions = {}): Request {
  const options = withAppBase(app, given);
  const { web, body } = buildTestRequest(path, options, (value) => app.json.dumps(value));
  const max = (app.config.MAX_CONTENT_LENGTH as number | null) ?? null;
  const requestBody = max !== null && body.byteLength > max ? { tooLarge: true as const } : body;
  const headers = new Headers(web.headers);
  const root = new URL(options.baseUrl ?? "http://localhost/").pathname.replace(/\/+$/, "");
  const req = new app.requestClass(web, requestBody, {
    ...(root ? { scriptRoot: root } : {}),
    remoteAddr: options.remoteAddr ?? "127.0.0.1",
    maxContentLength: max,
    debug: () => app.debug,
  });
  // Cookie headers are forbidden on browser Requests; keep them on the port's header list.
  const asked = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
  for (const c of asked.getAll("Cookie"))
    if (!headers.getAll("Cookie").includes(c)) req.headers.add("Cookie", c);
  return req;
}

/** One cookie in the client's jar. */
export interface JarCookie {
  key: string;
  value: string;
  domain: string;
  path: string;
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
}

function jarCookie(header: string, host: string): JarCookie | null {
  // A pair without "=" is no cookie to this client.
  if (!(header.split(";")[0] ?? "").includes("=")) return null;
  const { name, value, attributes } = parseSetCookie(header);
  const text = (key: string) => {
    const given = attributes[key];
    return typeof given === "string" ? given : given === true ? "" : undefined;
  };
  const path = text("path");
  const domain = text("domain");
  const expires = text("expires");
  const maxAge = text("max-age");
  const cookie: JarCookie = {
    key: name,
    value,
    domain: domain === undefined ? host : domain.replace(/^\./, "") || host,
    path: path || "/",
    expires: expires === undefined ? null : (parseDate(expires)?.getTime() ?? null),
    secure: "secure" in attributes,
    httpOnly: "httponly" in attributes,
    sameSite: text("samesite") ?? null,
  };
  const seconds = maxAge === undefined ? Number.NaN : Number(maxAge);
  if (!Number.isNaN(seconds)) cookie.expires = Date.now() + seconds * 1000;
  return cookie;
}

/** A response from the test client: the port's Response with the request and redirect history. */
export type TestResponse = Response & { request: Request; history: TestResponse[] };

/**
 * A client that sends requests to the app without a socket and keeps cookies between them.
 * Errors the app doesn't handle reach the test, as with Flask's test client.
 * @example
 * const client = app.testClient();
 * await client.post("/login", { data: { user: "ana" } });
 * const res = await client.get("/me"); // sent with the session cookie
 * @see flask/testing.py FlaskClient
 */
export class FlaskClient {
  readonly app: Flask;
  #jar = new Map<string, JarCookie>();
  #useCookies: boolean;

  constructor(app: Flask, options: { useCookies?: boolean } = {}) {
    this.app = app;
    this.#useCookies = options.useCookies ?? true;
  }

  #jarKey(c: Pick<JarCookie, "domain" | "path" | "key">): string {
    return `${c.domain};${c.path};${c.key}`;
  }

  /** The cookie `key` in the jar (domain `localhost`, path `/` by default). */
  getCookie(key: string, options: { domain?: string; path?: string } = {}): JarCookie | undefined {
    return this.#jar.get(
      this.#jarKey({ key, domain: options.domain ?? "localhost", path: options.path ?? "/" }),
    );
  }

  /** Put a cookie in the jar (Werkzeug 2.3+ signature). */
  setCookie(key: string, value = "", options: { domain?: string; path?: string } = {}): void {
    const cookie: JarCookie = {
      key,
      value,
      domain: options.domain ?? "localhost",
      path: options.path ?? "/",
      expires: null,
      secure: false,
      httpOnly: false,
      sameSite: null,
    };
    this.#jar.set(this.#jarKey(cookie), cookie);
  }

  /** Remove a cookie from the jar. */
  deleteCookie(key: string, options: { domain?: string; path?: string } = {}): void {
    this.#jar.delete(
      this.#jarKey({ key, domain: options.domain ?? "localhost", path: options.path ?? "/" }),
    );
  }

  /** Every cookie in the jar. */
  get cookies(): JarCookie[] {
    return [...this.#jar.values()];
  }

  #cookieHeader(url: URL): string | null {
    const now = Date.now();
    const out: string[] = [];
    for (const [id, c] of this.#jar) {
      if (c.expires !== null && c.expires <= now) {
        this.#jar.delete(id);
        continue;
      }
      const hostOk = url.hostname === c.domain || url.hostname.endsWith(`.${c.domain}`);
      const pathOk = cookiePathMatches(c.path, url.pathname);
      const secureOk = !c.secure || url.protocol === "https:";
      if (hostOk && pathOk && secureOk) out.push(`${c.key}=${c.value}`);
    }
    return out.length > 0 ? out.join("; ") : null;
  }

  #store(response: Response, url: URL): void {
    for (const header of response.headers.getAll("Set-Cookie")) {
      const cookie = jarCookie(header, url.hostname);
      if (!cookie) continue;
      const id = this.#jarKey(cookie);
      if (cookie.expires !== null && cookie.expires <= Date.now()) this.#jar.delete(id);
      else this.#jar.set(id, cookie);
    }
  }

  /**
   * Send a request; `options.method` picks the method (GET by default).
   * @example
   * await client.open("/items", { method: "PUT", json: { name: "x" } });
   * @see werkzeug/test.py Client.open
   */
  async open(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    const history: TestResponse[] = [];
    let current = path;
    let opts: TestClientOptions = options;
    for (;;) {
      const response = await this.#openOnce(current, opts);
      if (
        !options.followRedirects ||
        ![301, 302, 303, 305, 307, 308].includes(response.statusCode)
      ) {
        response.history = history;
        return response;
      }
      history.push(response);
      if (history.length > 30) throw new Error("loop detected");
      const location = response.headers.get("Location") ?? "/";
      const target = new URL(location, response.request.url);
      current =
        target.origin === "http://localhost" ? `${target.pathname}${target.search}` : target.href;
      const keepBody = response.statusCode === 307 || response.statusCode === 308;
      opts = keepBody
        ? { ...opts, queryString: undefined, query: undefined }
        : {
            headers: opts.headers,
            baseUrl: opts.baseUrl,
            remoteAddr: opts.remoteAddr,
            method: opts.method === "HEAD" ? "HEAD" : "GET",
          };
    }
  }

  async #openOnce(path: string, given: TestClientOptions): Promise<TestResponse> {
    const options = withAppBase(this.app, given);
    const { web } = buildTestRequest(path, options);
    const url = new URL(web.url);
    const req = makeTestRequest(this.app, path, options);
    if (this.#useCookies) {
      const cookie = this.#cookieHeader(url);
      if (cookie !== null) req.headers.add("Cookie", cookie);
    }
    const handled = await this.app.handleRequest(req);
    const response = (await handled.received(req.method)) as TestResponse;
    if (this.#useCookies) this.#store(response, url);
    response.request = req;
    response.history = [];
    return response;
  }

  /** GET `path`. */
  get(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "GET" });
  }

  /** POST to `path`. */
  post(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "POST" });
  }

  /** PUT to `path`. */
  put(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "PUT" });
  }

  /** PATCH `path`. */
  patch(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "PATCH" });
  }

  /** DELETE `path`. */
  delete(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "DELETE" });
  }

  /** HEAD `path`. */
  head(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "HEAD" });
  }

  /** OPTIONS `path`. */
  options(path: string, options: TestClientOptions = {}): Promise<TestResponse> {
    return this.open(path, { ...options, method: "OPTIONS" });
  }

  /**
   * Open the session the next request will see, change it in `fn`, and store it in the jar.
   * @example
   * await client.sessionTransaction((sess) => { sess.user = "ana"; });
   * @see flask/testing.py FlaskClient.session_transaction
   */
  async sessionTransaction(
    fn: (session: Record<string, unknown>) => unknown,
    path = "/",
  ): Promise<void> {
    const url = buildTestRequest(path, withAppBase(this.app, {})).web.url;
    const req = makeTestRequest(this.app, path);
    const cookie = this.#cookieHeader(new URL(url));
    if (cookie !== null) req.headers.add("Cookie", cookie);
    const iface = this.app.sessionInterface;
    const sess = await iface.openSession(this.app, req);
    if (!sess) throw new Error("Session backend did not open a session. Check the configuration");
    await fn(sess as unknown as Record<string, unknown>);
    const response = new this.app.responseClass();
    await iface.saveSession(this.app, sess, response);
    this.#store(response, new URL(url));
  }
}

/**
 * The test client for an app (what `app.testClient()` returns).
 * @example
 * const client = createTestClient(app);
 * @see flask/app.py Flask.test_client
 */
export function createTestClient(app: Flask, options: { useCookies?: boolean } = {}): FlaskClient {
  return new FlaskClient(app, options);
}
