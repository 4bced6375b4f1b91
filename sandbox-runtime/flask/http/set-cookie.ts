/**
 * What a client reads of a `Set-Cookie` header, shared by every client: the test client's jar,
 * the engines' responses and preview jar, and the conformance harness.
 * @see RFC 6265 5.2, 5.1.4
 */

/** A parsed `Set-Cookie`: name, value and attributes with lower-cased names. */
export interface ParsedSetCookie {
  name: string;
  value: string;
  /** `path`, `expires`, `max-age`, `domain`, `samesite` as text; `secure`, `httponly` as `true`. */
  attributes: Record<string, string | true>;
}

/**
 * Parse one `Set-Cookie` header value. A pair without `=` is a nameless cookie whose value is
 * the pair, as browsers read it.
 * @example
 * parseSetCookie("session=abc; Path=/; HttpOnly"); // { name: "session", value: "abc", attributes: { path: "/", httponly: true } }
 * @see RFC 6265 5.2
 */
export function parseSetCookie(header: string): ParsedSetCookie {
  const [pair = "", ...rest] = header.split(";");
  const equals = pair.indexOf("=");
  const name = (equals === -1 ? "" : pair.slice(0, equals)).trim();
  const value = (equals === -1 ? pair : pair.slice(equals + 1)).trim();
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const at = part.indexOf("=");
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key) attributes[key] = at === -1 ? true : part.slice(at + 1).trim();
  }
  return { name, value, attributes };
}

/**
 * RFC 6265 5.1.4's path match: the cookie's path is the request path or a `/`-bounded prefix.
 * @example
 * cookiePathMatches("/account", "/account/edit"); // true
 * @see RFC 6265 5.1.4
 */
export function cookiePathMatches(cookiePath: string, requestPath: string): boolean {
  const path = requestPath.replace(/[?#].*$/, "") || "/";
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || path[cookiePath.length] === "/";
}
