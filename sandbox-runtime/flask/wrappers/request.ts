/**
 * The request object a view reads through `request`.
 * @see flask/wrappers.py Request, werkzeug/wrappers/request.py Request
 */

import {
  CombinedMultiDict,
  EnvironHeaders,
  type FileStorage,
  type Headers,
  ImmutableMultiDict,
  type ItemAccess,
} from "../datastructures.ts";
import { BadRequest, RequestEntityTooLarge, UnsupportedMediaType } from "../exceptions.ts";
import { parseFormBody, parseHeaderOptions } from "../form-parser.ts";
import { parseCookie } from "../http.ts";
import type { MaybePromise } from "../maybe-promise.ts";
import type { Rule } from "../routing/index.ts";
import { parseQuery, percentDecode, uriToIri, urlQuote } from "../urls.ts";

/** Options for building a {@link Request}. */
export interface RequestInit {
  /** The client address (Werkzeug's `REMOTE_ADDR`). */
  remoteAddr?: string;
  /** Requests whose body is longer get 413 when the body is read. */
  maxContentLength?: number | null;
  /** The prefix the app is mounted under (WSGI `SCRIPT_NAME`). */
  scriptRoot?: string;
  /** Whether `getJson` errors keep their detail (Flask does so in debug mode). */
  debug?: () => boolean;
}

/**
 * The User-Agent header as an object with `string`, like Werkzeug's UserAgent.
 * @example
 * String(request.userAgent);
 * @see werkzeug/user_agent.py UserAgent
 */
export class UserAgent {
  readonly string: string;
  constructor(value: string) {
    this.string = value;
  }
  toString(): string {
    return this.string;
  }
  toJSON(): string {
    return this.string;
  }
}

/**
 * What the port reads from an incoming request: a web `Request` satisfies it, and so does a
 * server adapter's lighter object (the Node adapter builds one straight from node:http).
 * `url` is absolute; `headers` iterate as a web `Headers` object does (lower-case names, sorted,
 * repeated headers joined), or are the port's own {@link Headers}; `body` is null for no body.
 * @example
 * await app.handle({ url: "http://localhost/", method: "GET", headers: new Headers(), body: null });
 */
export interface IncomingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: globalThis.Headers | Headers;
  readonly body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
  /** `url` already parsed, when the adapter had to parse it anyway (it is not parsed twice). */
  readonly parsedUrl?: URL;
}

/** The body, fully read, or a marker that it went past MAX_CONTENT_LENGTH. */
export type RequestBody = Uint8Array | { tooLarge: true };

const EMPTY = new Uint8Array();

/** A body read chunk by chunk; `stop` tells the source to stop sending (past the size limit). */
type BodyReader = {
  next(): Promise<IteratorResult<Uint8Array>>;
  stop(): Promise<unknown>;
};

/** One way to read a web stream or an async iterable chunk by chunk, and to stop early. */
function openBody(body: NonNullable<IncomingRequest["body"]>): BodyReader {
  if (typeof (body as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
      stop: () => reader.cancel().catch(() => undefined),
    };
  }
  const iterator = (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    stop: async () => iterator.return?.()?.catch(() => undefined),
  };
}

/**
 * Read a request's body, stopping once it passes `limit` bytes. A request without a body (GET,
 * HEAD) is answered at once, without a promise.
 * @example
 * const body = await readBody(webRequest, 1024);
 * @see werkzeug/wsgi.py LimitedStream
 */
export function readBody(
  web: IncomingRequest,
  limit: number | null | undefined,
): MaybePromise<RequestBody> {
  const body = web.body;
  const declared = Number(web.headers.get("content-length") ?? Number.NaN);
  if (limit != null && declared > limit) {
    if (!body) return { tooLarge: true };
    return openBody(body)
      .stop()
      .then(() => ({ tooLarge: true }));
  }
  if (!body) return EMPTY;
  return readAll(openBody(body), limit);
}

async function readAll(reader: BodyReader, limit: number | null | undefined): Promise<RequestBody> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.next();
    if (done) break;
    size += value.byteLength;
    if (limit != null && size > limit) {
      await reader.stop();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A request MultiDict whose keys also read as properties (`request.form["name"]`). */
export type RequestDict<V> = ImmutableMultiDict<V> & ItemAccess<V>;

function requestDict<V>(items: Iterable<readonly [string, V]>): RequestDict<V> {
  return new ImmutableMultiDict(items) as RequestDict<V>;
}

/**
 * The incoming request: URL parts, headers, cookies, query args, form, files and JSON.
 * The body is read before the view runs, so `form`, `json` and `data` are plain properties.
 * @example
 * app.post("/echo", function echo() { return request.form.get("name", "World"); });
 * @see flask/wrappers.py Request
 */
export class Request {
  #web: IncomingRequest;
  #url: URL;
  #body: RequestBody;
  #init: RequestInit;
  #headers: EnvironHeaders & ItemAccess<string>;
  #args?: RequestDict<string>;
  #form?: RequestDict<string>;
  #files?: RequestDict<FileStorage>;
  #cookies?: RequestDict<string>;
  #json: [unknown, unknown] = [undefined, undefined];
  #jsonLoaded: [boolean, boolean] = [false, false];
  #formConsumed = false;
  #path?: string;
  #scheme?: string;

  readonly method: string;
  /** The matched rule, set while routing. */
  urlRule: Rule | null = null;
  /** The URL values the rule matched. */
  viewArgs: Record<string, unknown> | null = null;
  /** The routing error (404, 405, redirect) to raise when the request is dispatched. */
  routingException: unknown = null;

  constructor(web: IncomingRequest, body: RequestBody = EMPTY, init: RequestInit = {}) {
    this.#web = web;
    this.#url = web.parsedUrl ?? new URL(web.url);
    this.#body = body;
    this.#init = init;
    this.method = web.method.toUpperCase();
    this.#headers = new EnvironHeaders() as EnvironHeaders & ItemAccess<string>;
    // A web Request hides its Host header; a WSGI environ always has HTTP_HOST.
    if (!web.headers.has("Host")) this.#headers.add("Host", this.#url.host);
    this.#headers.extend(web.headers);
  }

  /**
   * Build a request from a web Request, reading the whole body first.
   * @example
   * const req = await Request.fromWeb(new globalThis.Request("http://localhost/"));
   * @see werkzeug/wrappers/request.py Request.from_values
   */
  static async fromWeb(web: IncomingRequest, init: RequestInit = {}): Promise<Request> {
    return new Request(web, await readBody(web, init.maxContentLength), init);
  }

  /** The incoming request this wraps (a web `Request`, or a server adapter's own object). */
  get webRequest(): IncomingRequest {
    return this.#web;
  }

  /** The headers; `request.headers["Name"]` reads one (a missing one is a KeyError, a 500). */
  get headers(): EnvironHeaders & ItemAccess<string> {
    return this.#headers;
  }

  get scheme(): string {
    this.#scheme ??= this.#url.protocol.slice(0, -1);
    return this.#scheme;
  }

  get isSecure(): boolean {
    return this.scheme === "https" || this.scheme === "wss";
  }

  /** The host with a port when it isn't the scheme's default. */
  get host(): string {
    return this.#headers.get("Host") ?? this.#url.host;
  }

  /** The mount prefix (WSGI `SCRIPT_NAME`), without a trailing slash. */
  get scriptRoot(): string {
    return (this.#init.scriptRoot ?? "").replace(/\/+$/, "");
  }

  /** Werkzeug's name for {@link scriptRoot}. */
  get rootPath(): string {
    return this.scriptRoot;
  }

  /** The path below the script root, percent-decoded. */
  get path(): string {
    if (this.#path === undefined) {
      let raw = this.#url.pathname;
      const root = this.scriptRoot;
      if (root && raw.startsWith(root)) raw = raw.slice(root.length);
      this.#path = `/${percentDecode(raw).replace(/^\/+/, "")}`;
    }
    return this.#path;
  }

  /** The raw query string without `?`. */
  get queryString(): string {
    return this.#url.search.replace(/^\?/, "");
  }

  /** Path and raw query string; the `?` is always there, as in Werkzeug. */
  get fullPath(): string {
    return `${this.path}?${this.queryString}`;
  }

  get hostUrl(): string {
    return `${this.scheme}://${this.host}/`;
  }

  /** Scheme, host and script root, ending with `/`. */
  get urlRoot(): string {
    return `${this.scheme}://${this.host}${urlQuote(this.scriptRoot)}/`;
  }

  /** Werkzeug's `root_url`, the same as {@link urlRoot}. */
  get rootUrl(): string {
    return this.urlRoot;
  }

  /** The full URL without the query string (an IRI: non-ASCII shown as is, like Werkzeug). */
  get baseUrl(): string {
    return uriToIri(`${this.urlRoot}${urlQuote(this.path.replace(/^\//, ""))}`);
  }

  /** The full URL (an IRI, like Werkzeug's `uri_to_iri`). */
  get url(): string {
    const qs = this.queryString;
    return qs ? uriToIri(`${this.baseUrl}?${urlQuote(qs, ":&%=+$!*'(),")}`) : this.baseUrl;
  }

  get remoteAddr(): string | undefined {
    return this.#init.remoteAddr;
  }

  /** `X-Forwarded-For` addresses when sent, else the client address (Werkzeug's `access_route`). */
  get accessRoute(): string[] {
    const forwarded = this.#headers.get("X-Forwarded-For");
    if (forwarded !== undefined) return forwarded.split(",").map((x) => x.trim());
    return this.remoteAddr ? [this.remoteAddr] : [];
  }

  get userAgent(): UserAgent {
    return new UserAgent(this.#headers.get("User-Agent") ?? "");
  }

  get contentType(): string | undefined {
    return this.#headers.get("Content-Type");
  }

  get contentLength(): number | null {
    const raw = this.#headers.get("Content-Length");
    if (raw === undefined) return null;
    const n = Number.parseInt(raw, 10);
    return Number.isNaN(n) || n < 0 ? null : n;
  }

  get mimetype(): string {
    return parseHeaderOptions(this.contentType)[0].toLowerCase();
  }

  get mimetypeParams(): Record<string, string> {
    return parseHeaderOptions(this.contentType)[1];
  }

  /** True for `application/json` and `application/*+json`. */
  get isJson(): boolean {
    const mt = this.mimetype;
    return mt === "application/json" || (mt.startsWith("application/") && mt.endsWith("+json"));
  }

  get maxContentLength(): number | null {
    return this.#init.maxContentLength ?? null;
  }

  /** The query string as a MultiDict; `request.args["q"]` is a 400 when `q` is missing. */
  get args(): RequestDict<string> {
    this.#args ??= requestDict(parseQuery(this.queryString));
    return this.#args;
  }

  /** The cookies the client sent; `request.cookies["name"]` is a 400 when it is missing. */
  get cookies(): RequestDict<string> {
    this.#cookies ??= requestDict(parseCookie(this.#headers.getAll("Cookie").join("; ")));
    return this.#cookies;
  }

  #bytes(): Uint8Array {
    if (!(this.#body instanceof Uint8Array)) throw new RequestEntityTooLarge();
    return this.#body;
  }

  #loadForm(): void {
    if (this.#form) return;
    const mt = this.mimetype;
    const isForm = mt === "application/x-www-form-urlencoded" || mt === "multipart/form-data";
    if (!isForm) {
      this.#form = requestDict<string>([]);
      this.#files = requestDict<FileStorage>([]);
      return;
    }
    const bytes = this.#bytes();
    let parsed: ReturnType<typeof parseFormBody> = { form: [], files: [] };
    try {
      parsed = parseFormBody(bytes, mt, this.mimetypeParams);
    } catch {
      // Werkzeug's form parser is silent by default: a broken body gives empty form data.
    }
    this.#formConsumed = true;
    this.#form = requestDict(parsed.form);
    this.#files = requestDict(parsed.files);
  }

  /** Fields of a urlencoded or multipart body; `request.form["name"]` is a 400 when missing. */
  get form(): RequestDict<string> {
    this.#loadForm();
    return this.#form as RequestDict<string>;
  }

  /** Uploaded files of a multipart body; `request.files["photo"]` is a 400 when missing. */
  get files(): RequestDict<FileStorage> {
    this.#loadForm();
    return this.#files as RequestDict<FileStorage>;
  }

  /** `args` and `form` together; for GET only `args`, as in Werkzeug 2.0+. */
  get values(): CombinedMultiDict<string> & ItemAccess<string> {
    return new CombinedMultiDict(
      this.method === "GET" ? [this.args] : [this.args, this.form],
    ) as CombinedMultiDict<string> & ItemAccess<string>;
  }

  /**
   * The raw body. A form body is parsed into `form` first and gives empty bytes here, as in
   * Werkzeug, unless `parseFormData` is false.
   */
  getData(options?: { asText?: false; parseFormData?: boolean }): Uint8Array;
  getData(options: { asText: true; parseFormData?: boolean }): string;
  getData(options: { asText?: boolean; parseFormData?: boolean } = {}): Uint8Array | string {
    let bytes: Uint8Array;
    if (options.parseFormData) {
      this.#loadForm();
      bytes = this.#formConsumed ? EMPTY : this.#bytes();
    } else {
      bytes = this.#bytes();
    }
    return options.asText ? new TextDecoder().decode(bytes) : bytes;
  }

  /** The raw body bytes (empty for form bodies, which land in `form`). */
  get data(): Uint8Array {
    return this.getData({ parseFormData: true });
  }

  /** The body decoded as UTF-8. */
  get text(): string {
    return new TextDecoder().decode(this.#bytes());
  }

  /**
   * Parse the body as JSON. Without `force`, a non-JSON Content-Type is a 415 error (Werkzeug
   * 2.3+ and Flask 3.x; Flask 2.2 answered 400). A body that doesn't parse is a 400 error whose
   * detail is shown only in debug mode. `silent` returns null instead of raising.
   */
  getJson(options: { force?: boolean; silent?: boolean; cache?: boolean } = {}): unknown {
    const { force = false, silent = false, cache = true } = options;
    const slot = silent ? 1 : 0;
    if (cache && this.#jsonLoaded[slot]) return this.#json[slot];
    if (!(force || this.isJson)) {
      if (silent) return null;
      throw new UnsupportedMediaType(
        "Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(this.#bytes()));
    } catch (error) {
      if (error instanceof RequestEntityTooLarge) throw error;
      if (silent) {
        value = null;
      } else {
        const debug = this.#init.debug?.() ?? false;
        throw debug
          ? new BadRequest(`Failed to decode JSON object: ${(error as Error).message}`)
          : new BadRequest();
      }
    }
    if (cache) {
      this.#json[slot] = value;
      this.#jsonLoaded[slot] = true;
      if (!silent) {
        this.#json[1] = value;
        this.#jsonLoaded[1] = true;
      }
    }
    return value;
  }

  /** The parsed JSON body; see {@link getJson}. */
  get json(): unknown {
    return this.getJson();
  }

  /** The endpoint the request matched. */
  get endpoint(): string | null {
    return this.urlRule?.endpoint ?? null;
  }

  /** The name of the blueprint that owns the endpoint. */
  get blueprint(): string | null {
    const ep = this.endpoint;
    if (!ep?.includes(".")) return null;
    return ep.slice(0, ep.lastIndexOf("."));
  }

  /** The blueprint and its parents, innermost first. */
  get blueprints(): string[] {
    const name = this.blueprint;
    if (!name) return [];
    const parts = name.split(".");
    return parts.map((_, i) => parts.slice(0, parts.length - i).join("."));
  }

  /** The `Accept` header's mimetypes in order of quality. */
  get acceptMimetypes(): string[] {
    return (this.#headers.get("Accept") ?? "")
      .split(",")
      .map((part, i) => {
        const [value, params] = parseHeaderOptions(part);
        const q = params.q === undefined ? 1 : Number(params.q);
        return { value, q: Number.isNaN(q) ? 0 : q, i };
      })
      .filter((x) => x.value && x.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i)
      .map((x) => x.value);
  }

  toString(): string {
    return `<Request '${this.url}' [${this.method}]>`;
  }
}
