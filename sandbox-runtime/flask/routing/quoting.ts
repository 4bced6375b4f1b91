/**
 * URL quoting as Werkzeug 3.x routing does it (Python's `urllib.parse.quote`, `urlencode`,
 * `urljoin`). Werkzeug 2.2 used its own `url_quote` with a smaller safe set (it escaped
 * `&`, `=` and `@` in paths and kept `|`); the port follows 3.x.
 *
 * @example
 * quote("a b/c", PATH_SAFE); // "a%20b/c"
 * @see werkzeug/routing/converters.py BaseConverter.to_url
 */
import { pyStr } from "../python/index.ts";

/** Characters a path segment keeps unescaped (WHATWG path-segment set). */
export const PATH_SAFE = "!$&'()*+,/:;=@";
/** Characters a query key or value keeps unescaped (Werkzeug 3.x `_urlencode`). */
export const QUERY_SAFE = "!$'()*,/:;?@";

const ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
const encoder = new TextEncoder();

/**
 * Python's `urllib.parse.quote(text, safe)`: UTF-8 percent-encoding, uppercase hex.
 *
 * @example
 * quote("ü", ""); // "%C3%BC"
 * @see Python urllib.parse.quote
 */
export function quote(text: string, safe = "/"): string {
  let out = "";
  for (const byte of encoder.encode(text)) {
    const ch = String.fromCharCode(byte);
    if (byte < 0x80 && (ALWAYS_SAFE.includes(ch) || safe.includes(ch))) out += ch;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * Python's `urllib.parse.quote_plus`: like `quote`, spaces become `+`.
 *
 * @example
 * quotePlus("a b+c", QUERY_SAFE); // "a+b%2Bc"
 * @see Python urllib.parse.quote_plus
 */
export function quotePlus(text: string, safe = ""): string {
  if (!text.includes(" ")) return quote(text, safe);
  return quote(text, safe + " ").replace(/ /g, "+");
}

/** What `build` and redirects accept as query arguments. */
export type QueryValues =
  | Record<string, unknown>
  | Iterable<readonly [string, unknown]>
  | { items(multi: true): Iterable<readonly [string, unknown]> };

function isMultiDictLike(
  value: unknown,
): value is { items(multi: true): Iterable<readonly [string, unknown]> } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { items?: unknown }).items === "function"
  );
}

/**
 * Werkzeug's `iter_multi_items`: a MultiDict's pairs, or a mapping's pairs with arrays and
 * sets spread into repeated keys.
 *
 * @example
 * [...iterMultiItems({ q: ["a", "b"] })]; // [["q","a"],["q","b"]]
 * @see werkzeug/datastructures/structures.py iter_multi_items
 */
export function* iterMultiItems(values: QueryValues): Generator<[string, unknown]> {
  if (isMultiDictLike(values)) {
    for (const [key, value] of values.items(true)) yield [key, value];
    return;
  }
  if (Symbol.iterator in Object(values)) {
    for (const [key, value] of values as Iterable<readonly [string, unknown]>) yield [key, value];
    return;
  }
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) || value instanceof Set) {
      for (const item of value) yield [key, item];
    } else {
      yield [key, value];
    }
  }
}

/**
 * Werkzeug 3.x `_urlencode`: a query string from pairs, `null`/`undefined` values dropped,
 * each key and value turned into text like Python's `str()`.
 *
 * @example
 * urlEncode([["q", "a b"], ["page", 2]]); // "q=a+b&page=2"
 * @see werkzeug/urls.py _urlencode
 */
export function urlEncode(items: Iterable<readonly [string, unknown]>): string {
  const parts: string[] = [];
  for (const [key, value] of items) {
    if (value === null || value === undefined) continue;
    parts.push(`${quotePlus(pyStr(key), QUERY_SAFE)}=${quotePlus(pyStr(value), QUERY_SAFE)}`);
  }
  return parts.join("&");
}

interface SplitUrl {
  scheme: string;
  netloc: string;
  path: string;
  query: string;
  fragment: string;
  hasNetloc: boolean;
  hasQuery: boolean;
  hasFragment: boolean;
}

function splitUrl(url: string, defaultScheme: string): SplitUrl {
  let scheme = defaultScheme;
  let rest = url;
  const colon = url.indexOf(":");
  if (colon > 0 && /^[A-Za-z][A-Za-z0-9+\-.]*$/.test(url.slice(0, colon))) {
    scheme = url.slice(0, colon).toLowerCase();
    rest = url.slice(colon + 1);
  }
  let netloc = "";
  let hasNetloc = false;
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end === -1 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end === -1 ? "" : rest.slice(end + 2);
    hasNetloc = true;
  }
  let fragment = "";
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query = "";
  const question = rest.indexOf("?");
  if (question !== -1) {
    query = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }
  return {
    scheme,
    netloc,
    path: rest,
    query,
    fragment,
    hasNetloc,
    hasQuery: question !== -1,
    hasFragment: hash !== -1,
  };
}

function unsplitUrl(
  scheme: string,
  netloc: string,
  path: string,
  query: string,
  fragment: string,
): string {
  let url = path;
  if (netloc) {
    if (url && !url.startsWith("/")) url = "/" + url;
    url = "//" + netloc + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query) url += "?" + query;
  if (fragment) url += "#" + fragment;
  return url;
}

/**
 * Python's `urllib.parse.urlunsplit` for scheme, host, path and query.
 *
 * @example
 * urlUnsplit("http", "example.com", "a/b", "x=1"); // "http://example.com/a/b?x=1"
 * @see Python urllib.parse.urlunsplit
 */
export function urlUnsplit(
  scheme: string,
  netloc: string,
  path: string,
  query: string | null,
): string {
  return unsplitUrl(scheme, netloc, path, query ?? "", "");
}

const RELATIVE_SCHEMES = new Set([
  "",
  "ftp",
  "http",
  "gopher",
  "nntp",
  "imap",
  "wais",
  "file",
  "https",
  "shttp",
  "mms",
  "prospero",
  "rtsp",
  "rtsps",
  "rtspu",
  "sftp",
  "svn",
  "svn+ssh",
  "ws",
  "wss",
]);

/**
 * Python's `urllib.parse.urljoin`: resolve `url` against `base` (RFC 3986 dot segments).
 *
 * @example
 * urlJoin("http://example.com/app/", "user/1"); // "http://example.com/app/user/1"
 * @see Python urllib.parse.urljoin
 */
export function urlJoin(base: string, url: string): string {
  if (!base) return url;
  if (!url) return base;
  const b = splitUrl(base, "");
  const u = splitUrl(url, b.scheme);
  if (u.scheme !== b.scheme || !RELATIVE_SCHEMES.has(u.scheme)) return url;
  if (u.netloc) return unsplitUrl(u.scheme, u.netloc, u.path, u.query, u.fragment);
  const netloc = b.netloc;
  if (!u.path) {
    return unsplitUrl(u.scheme, netloc, b.path, u.query || b.query, u.fragment);
  }
  const baseParts = b.path.split("/");
  if (baseParts[baseParts.length - 1] !== "") baseParts.pop();
  let segments: string[];
  if (u.path.startsWith("/")) {
    segments = u.path.split("/");
  } else {
    segments = [...baseParts, ...u.path.split("/")];
    const middle = segments.slice(1, -1).filter((s) => s !== "");
    segments = [
      segments[0] ?? "",
      ...middle,
      ...(segments.length > 1 ? [segments[segments.length - 1] ?? ""] : []),
    ];
  }
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== ".") resolved.push(segment);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return unsplitUrl(u.scheme, netloc, resolved.join("/") || "/", u.query, u.fragment);
}
