/**
 * The request the Node adapter hands the port: read straight from node:http's IncomingMessage,
 * without building an undici `Request` and `Headers` for every request. It answers exactly what
 * the web `Request` built from the same message would: the same URL, method, header list (lower
 * case, sorted, repeats joined, `Set-Cookie` kept apart) and body, and it refuses the same
 * malformed requests.
 * @see werkzeug/serving.py WSGIRequestHandler.make_environ (the WSGI environ plays this part)
 */
import type { IncomingMessage } from "node:http";
import { Headers } from "flask";
import type { IncomingRequest } from "flask/runtime";

/** Thrown for a request the server answers with 400 before the app sees it. */
export class MalformedRequest extends Error {}

/**
 * Methods the server refuses with 400. `CONNECT` asks for a tunnel, which Werkzeug's server does
 * not make either; `TRACE` and `TRACK` reach the app, which answers them as Flask does (405 unless
 * a rule lists them), though a web `Request` could not carry them.
 */
const FORBIDDEN_METHODS = new Set(["CONNECT"]);
/** Characters a web `Headers` object refuses in a value. */
const INVALID_VALUE = /[\0\r\n]/;
/** HTTP whitespace a web `Headers` object trims from both ends of a value. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * The header list a web `Headers` object gives for node's `rawHeaders`: names in lower case,
 * sorted, repeated headers joined with ", " (cookies with "; "), values trimmed, and each
 * `Set-Cookie` kept as its own entry after the others, named as the port names it.
 * @example
 * webHeaderList(["Accept", "a", "X-A", "1", "accept", "b"]);
 * // [["accept", "a, b"], ["x-a", "1"]]
 */
export function webHeaderList(raw: readonly string[]): [string, string][] {
  const joined = new Map<string, string>();
  const cookies: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    let value = raw[i + 1] as string;
    if (INVALID_VALUE.test(value)) throw new MalformedRequest(`invalid value for header ${name}`);
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if (first <= 32 || last <= 32) value = value.replace(EDGE_WHITESPACE, "");
    if (name === "set-cookie") {
      cookies.push(value);
      continue;
    }
    const before = joined.get(name);
    joined.set(
      name,
      before === undefined ? value : `${before}${name === "cookie" ? "; " : ", "}${value}`,
    );
  }
  const list = [...joined];
  if (list.length > 1) list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const cookie of cookies) list.push(["Set-Cookie", cookie]);
  return list;
}

/**
 * A request for the port, read from node:http: the URL and headers are checked at once (what a
 * web `Request` refuses is a {@link MalformedRequest}); the body is the message itself, read
 * only when the port reads it, and none for GET and HEAD.
 * @example
 * const incoming = new NodeIncomingRequest(req, "http");
 * const response = await app.handleOrDebug(incoming, { remoteAddr: req.socket.remoteAddress });
 */
export class NodeIncomingRequest implements IncomingRequest {
  readonly url: string;
  readonly parsedUrl: URL;
  readonly method: string;
  /** The headers as a web `Headers` object would list them. */
  readonly headers: Headers;
  /** Whether the port stopped reading the body early: the connection closes after the answer. */
  bodyAbandoned = false;
  #message: IncomingMessage;

  constructor(message: IncomingMessage, scheme: "http" | "https") {
    this.#message = message;
    const target = message.url ?? "/";
    const method = message.method ?? "GET";
    if (FORBIDDEN_METHODS.has(method.toUpperCase()))
      throw new MalformedRequest(`method ${method} is not allowed`);
    this.method = method;
    let url: URL;
    try {
      url = new URL(target, `${scheme}://${message.headers.host ?? "localhost"}`);
    } catch {
      throw new MalformedRequest("bad Host header or request target");
    }
    if (target.charCodeAt(0) !== 47 /* "/" */ && !/^https?:\/\//.test(target))
      throw new MalformedRequest("bad request target");
    if (url.username !== "" || url.password !== "")
      throw new MalformedRequest("credentials in the request URL");
    this.parsedUrl = url;
    this.url = url.href;
    this.headers = new Headers(webHeaderList(message.rawHeaders));
  }

  /**
   * The body as it arrives. Stopping early (past MAX_CONTENT_LENGTH) discards the rest as it
   * comes, so the app's answer (413) still reaches the client; the connection then closes.
   */
  get body(): AsyncIterable<Uint8Array> | null {
    if (this.method === "GET" || this.method === "HEAD") return null;
    const message = this.#message;
    return {
      [Symbol.asyncIterator]: () => {
        const chunks = message[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
        return {
          next: () => chunks.next(),
          return: async () => {
            this.bodyAbandoned = true;
            message.resume();
            return { done: true, value: undefined };
          },
        };
      },
    };
  }
}
