/**
 * The response object views return or build with `makeResponse`.
 * @see flask/wrappers.py Response, werkzeug/wrappers/response.py Response
 */

import { isResourceModified, parseEtags, quoteEtag, unquoteEtag } from "../conditional.ts";
import { Headers, type HeadersInit, type WritableItemAccess } from "../datastructures.ts";
import { RequestedRangeNotSatisfiable } from "../exceptions.ts";
import { parseHeaderOptions } from "../form-parser.ts";
import { type CookieOptions, dumpCookie, httpDate } from "../http.ts";
import { cleanStatus } from "../status-codes.ts";

/** What a response body can be: text, bytes, or chunks produced over time. */
export type ResponseBody =
  | string
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | null
  | undefined;

/** Options for `new Response(body, init)`. */
export interface ResponseInit {
  status?: number | string;
  headers?: HeadersInit;
  mimetype?: string;
  contentType?: string;
  directPassthrough?: boolean;
  /** Take headers and body exactly as given: no default Content-Type or Content-Length. */
  raw?: boolean;
}

const CHARSET_MIMETYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/sql",
  "application/xml",
  "application/xml-dtd",
  "application/xml-external-parsed-entity",
]);

/**
 * A mimetype with `; charset=utf-8` added where Werkzeug adds it.
 * @example
 * getContentType("text/plain"); // "text/plain; charset=utf-8"
 * @see werkzeug/utils.py get_content_type
 */
export function getContentType(mimetype: string, charset = "utf-8"): string {
  if (
    mimetype.startsWith("text/") ||
    CHARSET_MIMETYPES.has(mimetype) ||
    mimetype.endsWith("+xml")
  ) {
    return `${mimetype}; charset=${charset}`;
  }
  return mimetype;
}

const encoder = new TextEncoder();
const toBytes = (chunk: string | Uint8Array): Uint8Array =>
  typeof chunk === "string" ? encoder.encode(chunk) : chunk;

function concat(chunks: Uint8Array[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The UTF-8 length of a string without encoding it (a lone surrogate counts as U+FFFD, 3 bytes,
 * as TextEncoder writes it).
 * @example
 * utf8Length("Labas, pasauli!"); // 15
 * utf8Length("Сәлем"); // 10
 */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      // A surrogate pair is 4 bytes; a lone high surrogate becomes U+FFFD, 3 bytes.
      const next = text.charCodeAt(i + 1);
      n += 2;
      if (next >= 0xdc00 && next < 0xe000) i++;
    } else n += 2;
  }
  return n;
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<string | Uint8Array> =>
  v != null && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";

/** Cookie options for `setCookie`, as in Werkzeug's `set_cookie`. */
export type SetCookieOptions = Pick<
  CookieOptions,
  "maxAge" | "expires" | "path" | "domain" | "secure" | "httpOnly" | "sameSite" | "partitioned"
>;

/**
 * An HTTP response: status, headers (kept as a raw list, Set-Cookie included) and body.
 * The default mimetype is `text/html`.
 * @example
 * const res = new Response("Created", { status: 201, mimetype: "text/plain" });
 * res.setCookie("theme", "dark", { httpOnly: true });
 * @see flask/wrappers.py Response
 */
export class Response {
  /** The mimetype used when none is given. */
  static defaultMimetype = "text/html";
  /** The largest Set-Cookie value before a warning (Flask's MAX_COOKIE_SIZE). */
  maxCookieSize = 4093;

  #status = "200 OK";
  #statusCode = 200;
  #bytes: Uint8Array | null = null;
  /** Text set as the body and not encoded yet (then `#bytes` is null); encoded on first read. */
  #text: string | null = null;
  #textLength = 0;
  #stream: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | null = null;
  /** The headers; `resp.headers["X-Name"] = "v"` sets one, as in Flask. */
  readonly headers: Headers & WritableItemAccess<string>;
  /** Leave the body alone (sendFile sets it). */
  directPassthrough = false;
  /** Work to run once the body has been sent (Werkzeug's `call_on_close`). */
  readonly onClose: (() => void)[] = [];

  constructor(
    body?: ResponseBody,
    statusOrInit?: number | string | ResponseInit,
    headers?: HeadersInit,
  ) {
    const init: ResponseInit =
      typeof statusOrInit === "object" && statusOrInit !== null
        ? statusOrInit
        : { status: statusOrInit, headers };
    this.headers = new Headers(init.headers) as Headers & WritableItemAccess<string>;
    if (init.status !== undefined && init.status !== null) this.status = init.status;
    if (init.directPassthrough) this.directPassthrough = true;
    if (init.raw) {
      this.#bytes =
        body instanceof Uint8Array
          ? body
          : typeof body === "string"
            ? encoder.encode(body)
            : new Uint8Array();
      return;
    }
    let contentType = init.contentType;
    if (contentType === undefined) {
      const mimetype =
        init.mimetype ??
        (this.headers.has("Content-Type")
          ? undefined
          : (this.constructor as typeof Response).defaultMimetype);
      if (mimetype !== undefined) contentType = getContentType(mimetype);
    }
    if (contentType !== undefined) this.headers.set("Content-Type", contentType);
    if (body === null || body === undefined) {
      // Werkzeug leaves Content-Length unset for an empty response; the wire adds it.
      this.#bytes = new Uint8Array();
    } else {
      this.#setBody(body);
    }
  }

  #setBody(body: NonNullable<ResponseBody>): void {
    if (typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer) {
      this.setData(body);
    } else {
      this.#bytes = null;
      this.#text = null;
      this.#stream = body;
    }
  }

  /** The status line, e.g. `"404 NOT FOUND"`. */
  get status(): string {
    return this.#status;
  }

  set status(value: number | string) {
    [this.#status, this.#statusCode] = cleanStatus(value);
  }

  get statusCode(): number {
    return this.#statusCode;
  }

  set statusCode(code: number) {
    this.status = code;
  }

  get contentType(): string | undefined {
    return this.headers.get("Content-Type");
  }

  set contentType(value: string) {
    this.headers.set("Content-Type", value);
  }

  get mimetype(): string | undefined {
    const ct = this.headers.get("Content-Type");
    return ct === undefined ? undefined : parseHeaderOptions(ct)[0].toLowerCase();
  }

  set mimetype(value: string) {
    this.headers.set("Content-Type", getContentType(value));
  }

  get mimetypeParams(): Record<string, string> {
    return parseHeaderOptions(this.headers.get("Content-Type"))[1];
  }

  get contentLength(): number | null {
    const raw = this.headers.get("Content-Length");
    return raw === undefined ? null : Number.parseInt(raw, 10);
  }

  set contentLength(value: number | null) {
    if (value === null) this.headers.delete("Content-Length");
    else this.headers.set("Content-Length", String(value));
  }

  get location(): string | undefined {
    return this.headers.get("Location");
  }

  set location(value: string) {
    this.headers.set("Location", value);
  }

  /** True when the body is already in memory (not a stream). */
  get isSequence(): boolean {
    return this.#bytes !== null || this.#text !== null;
  }

  /** True when the body is produced over time. */
  get isStreamed(): boolean {
    return this.#stream !== null;
  }

  /** Replace the body with text or bytes and set Content-Length. */
  setData(value: string | Uint8Array | ArrayBuffer): void {
    this.#stream = null;
    if (typeof value === "string") {
      // Encoded when first read: a server can write the text as it is.
      this.#text = value;
      this.#textLength = utf8Length(value);
      this.#bytes = null;
    } else {
      this.#text = null;
      this.#bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    }
    this.headers.set("Content-Length", String(this.#byteLength()));
  }

  /** The in-memory body as bytes, encoding text set by {@link setData} on first use. */
  #memoryBytes(): Uint8Array | null {
    if (this.#text !== null) {
      this.#bytes = encoder.encode(this.#text);
      this.#text = null;
    }
    return this.#bytes;
  }

  /** The in-memory body's size in bytes (0 for a stream). */
  #byteLength(): number {
    return this.#text !== null ? this.#textLength : (this.#bytes?.byteLength ?? 0);
  }

  /**
   * The in-memory body as it was set, for a server to write: text (to go out as UTF-8) or
   * bytes; null when the body streams. Unlike {@link getData} it never encodes or copies.
   * @example
   * const body = response.wireBody(); // "Hello, World!"
   */
  wireBody(): string | Uint8Array | null {
    if (this.#text !== null) return this.#text;
    if (this.#bytes === null && this.#stream !== null && !isAsyncIterable(this.#stream))
      return this.getData();
    return this.#bytes;
  }

  /** The body; a streamed body that yields only sync chunks is read into memory first. */
  getData(options?: { asText?: false }): Uint8Array;
  getData(options: { asText: true }): string;
  getData(options: { asText?: boolean } = {}): Uint8Array | string {
    if (this.#bytes === null && this.#stream !== null && !isAsyncIterable(this.#stream)) {
      this.#bytes = concat([...this.#stream].map(toBytes));
      this.#stream = null;
    }
    const bytes = this.#memoryBytes();
    if (bytes === null) {
      throw new TypeError(
        "This response streams its body; await response.readData() to collect it.",
      );
    }
    return options.asText ? new TextDecoder().decode(bytes) : bytes;
  }

  /** Collect a streamed body into memory (a no-op for in-memory bodies). */
  async readData(): Promise<Uint8Array> {
    if (this.#bytes === null && this.#text === null && this.#stream !== null) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of this.#stream as AsyncIterable<string | Uint8Array>)
        chunks.push(toBytes(chunk));
      this.#bytes = concat(chunks);
      this.#stream = null;
    }
    return this.#memoryBytes() ?? new Uint8Array();
  }

  /** The body bytes. */
  get data(): Uint8Array {
    return this.getData();
  }

  set data(value: string | Uint8Array) {
    this.setData(value);
  }

  /** The body as UTF-8 text. */
  get text(): string {
    return this.getData({ asText: true });
  }

  /** True for `application/json` and `application/*+json`. */
  get isJson(): boolean {
    const mt = this.mimetype ?? "";
    return mt === "application/json" || (mt.startsWith("application/") && mt.endsWith("+json"));
  }

  /** Parse the body as JSON (used on test client responses). */
  getJson(options: { force?: boolean; silent?: boolean } = {}): unknown {
    if (!(options.force || this.isJson)) {
      if (options.silent) return null;
      throw new Error(
        "Did not attempt to load JSON data because the response Content-Type was not 'application/json'.",
      );
    }
    try {
      return JSON.parse(this.text);
    } catch (error) {
      if (options.silent) return null;
      throw error;
    }
  }

  get json(): unknown {
    return this.getJson();
  }

  /**
   * Add a Set-Cookie header, byte for byte as Werkzeug writes it.
   * @example
   * res.setCookie("user", "ana", { maxAge: 3600, httpOnly: true, sameSite: "Lax" });
   */
  setCookie(key: string, value = "", options: SetCookieOptions = {}): void {
    this.headers.add(
      "Set-Cookie",
      dumpCookie(key, value, { ...options, maxSize: this.maxCookieSize }),
    );
  }

  /** Tell the client to forget a cookie: empty value, expired in 1970, Max-Age=0. */
  deleteCookie(
    key: string,
    options: Pick<
      SetCookieOptions,
      "path" | "domain" | "secure" | "httpOnly" | "sameSite" | "partitioned"
    > = {},
  ): void {
    this.setCookie(key, "", { ...options, expires: 0, maxAge: 0 });
  }

  /** Set the ETag header (quoted; `W/` when weak). */
  setEtag(etag: string, weak = false): void {
    this.headers.set("ETag", quoteEtag(etag, weak));
  }

  /** The ETag as `[tag, weak]`, or `[null, null]`. */
  getEtag(): [string, boolean] | [null, null] {
    const raw = this.headers.get("ETag");
    return raw === undefined ? [null, null] : unquoteEtag(raw);
  }

  /**
   * Answer 304 (or 412 for a failed If-Match) when the client's copy is current, for GET/HEAD.
   * @example
   * res.setEtag("v1"); return res.makeConditional(request);
   * @see werkzeug/wrappers/response.py Response.make_conditional
   */
  makeConditional(
    request: { method: string; headers: { get(name: string): string | undefined | null } },
    options: { acceptRanges?: boolean | string; completeLength?: number | null } = {},
  ): this {
    if (request.method === "GET" || request.method === "HEAD") {
      if (!this.headers.has("Date")) this.headers.set("Date", httpDate());
      const partial = this.#processRange(
        request.headers,
        options.acceptRanges,
        options.completeLength ?? null,
      );
      if (
        !partial &&
        !isResourceModified(
          request.headers,
          this.headers.get("ETag"),
          this.headers.get("Last-Modified"),
        )
      ) {
        const ifMatch = parseEtags(request.headers.get("If-Match"));
        this.status = ifMatch.star || ifMatch.strong.size > 0 || ifMatch.weak.size > 0 ? 412 : 304;
      }
      if (this.isSequence && !this.headers.has("Content-Length")) {
        this.headers.set("Content-Length", String(this.#byteLength()));
      }
    }
    return this;
  }

  /**
   * Answer a single `Range: bytes=…` request with 206 and Content-Range (416 when it can't).
   * @see werkzeug/wrappers/response.py Response._process_range_request
   */
  #processRange(
    headers: { get(name: string): string | undefined | null },
    acceptRanges: boolean | string | undefined,
    length: number | null,
  ): boolean {
    const header = headers.get("Range");
    if (!acceptRanges || length === null || length === 0 || !header || !this.isSequence)
      return false;
    const ifRange = headers.get("If-Range");
    if (
      ifRange &&
      isResourceModified(
        { get: (n) => (n === "If-None-Match" ? ifRange : undefined) },
        this.headers.get("ETag"),
        null,
      )
    ) {
      return false;
    }
    const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
    let start: number;
    let end: number;
    if (!m || (m[1] === "" && m[2] === "")) throw new RequestedRangeNotSatisfiable({ length });
    if (m[1] === "") {
      start = Math.max(0, length - Number(m[2]));
      end = length;
    } else {
      start = Number(m[1]);
      end = m[2] === "" ? length : Math.min(Number(m[2]) + 1, length);
    }
    if (start >= length || end <= start) throw new RequestedRangeNotSatisfiable({ length });
    this.headers.set("Content-Length", String(end - start));
    this.headers.set("Accept-Ranges", acceptRanges === true ? "bytes" : acceptRanges);
    this.headers.set("Content-Range", `bytes ${start}-${end - 1}/${length}`);
    this.status = 206;
    this.#bytes = (this.#memoryBytes() as Uint8Array).subarray(start, end);
    return true;
  }

  /** Run `fn` after the response was sent. */
  callOnClose(fn: () => void): () => void {
    this.onClose.push(fn);
    return fn;
  }

  /** The body as a web stream, or null when the method/status has no body. */
  #webBody(method: string): BodyInit | null {
    const code = this.#statusCode;
    if (method === "HEAD" || (code >= 100 && code < 200) || code === 204 || code === 304)
      return null;
    const bytes = this.#memoryBytes();
    if (bytes !== null) return bytes as Uint8Array<ArrayBuffer>;
    const source = this.#stream as
      | AsyncIterable<string | Uint8Array>
      | Iterable<string | Uint8Array>;
    const onClose = this.onClose;
    const iterator = isAsyncIterable(source)
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) {
            controller.close();
            for (const fn of onClose) fn();
          } else {
            controller.enqueue(toBytes(value));
          }
        } catch (error) {
          controller.error(error);
          for (const fn of onClose) fn();
        }
      },
      async cancel() {
        await iterator.return?.();
        for (const fn of onClose) fn();
      },
    });
  }

  /**
   * This response as a client receives it: wire headers, and no body for HEAD, 1xx, 204 and 304
   * (what Werkzeug's test client returns).
   * @see werkzeug/test.py run_wsgi_app
   */
  async received(method: string): Promise<this> {
    const code = this.#statusCode;
    const bodiless =
      method === "HEAD" || (code >= 100 && code < 200) || code === 204 || code === 304;
    let bytes: Uint8Array = new Uint8Array();
    if (bodiless) await this.#drain();
    else {
      bytes = await this.readData().finally(() => {
        for (const fn of this.onClose) fn();
      });
    }
    const Ctor = this.constructor as new (body: Uint8Array, init: ResponseInit) => this;
    const out = new Ctor(bytes, { status: this.#status, headers: this.wireHeaders(), raw: true });
    return out;
  }

  async #drain(): Promise<void> {
    if (this.#stream !== null) await this.readData();
    for (const fn of this.onClose) fn();
  }

  /**
   * The headers as they go on the wire: no Content-Length for bodiless statuses, none for
   * streams (chunked), and entity headers removed from 304 answers.
   * @see werkzeug/wrappers/response.py Response.get_wsgi_headers
   */
  wireHeaders(): [string, string][] {
    const code = this.#statusCode;
    const out = new Headers(this.headers);
    if (code === 304) {
      for (const name of [
        "Allow",
        "Content-Encoding",
        "Content-Language",
        "Content-Length",
        "Content-Location",
        "Content-MD5",
        "Content-Range",
        "Content-Type",
        "Expires",
        "Last-Modified",
      ]) {
        out.delete(name);
      }
    }
    if ((code >= 100 && code < 200) || code === 204) out.delete("Content-Length");
    else if (this.isSequence && code !== 304 && !out.has("Content-Length")) {
      out.set("Content-Length", String(this.#byteLength()));
    }
    return out.toList();
  }

  /**
   * Convert to a web-standard Response. Browsers drop Set-Cookie here; engines that need
   * cookies read {@link wireHeaders} instead.
   * @example
   * const web = res.toWeb("GET");
   */
  toWeb(method = "GET"): globalThis.Response {
    const headers = new globalThis.Headers();
    for (const [k, v] of this.wireHeaders()) headers.append(k, v);
    const body = this.#webBody(method);
    if (body === null && this.onClose.length > 0) for (const fn of this.onClose) fn();
    const code = this.#statusCode;
    // Web Responses only take 200-599; Werkzeug would send any code.
    const webStatus = code >= 200 && code <= 599 ? code : 500;
    return new globalThis.Response(body, {
      status: webStatus,
      statusText: this.#status.slice(String(code).length + 1),
      headers,
    });
  }

  toString(): string {
    const size = this.isSequence ? `${this.#byteLength()} bytes` : "streamed";
    return `<Response ${size} [${this.#status}]>`;
  }
}
