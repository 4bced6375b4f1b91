/**
 * A browser's cookie jar for one app, with the rules of RFC 6265 a small app meets: default and
 * explicit paths, `Expires`, `Max-Age` (winning over `Expires`, `0` deleting), replacement by
 * name and path. Pure, so every place that must act like a browser uses this one: the worker
 * engine's preview (browsers drop `Set-Cookie` on responses a Service Worker makes, so the
 * engine keeps each cell's cookies itself, in the lesson page, never handed to the previewed
 * document, so `HttpOnly` cookies stay out of its scripts), the declared requests and checks
 * of a cell or exercise that shares cookies, and the runtime tests.
 */
import { cookiePathMatches } from "flask/runtime";
import type { SetCookie } from "./types.ts";

export { cookiePathMatches } from "flask/runtime";

/** One stored cookie. */
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
  /** Milliseconds since the epoch, or null for a session cookie. */
  expires: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | null;
}

/**
 * RFC 6265 5.1.4's default path: the request path up to, not including, its last `/`.
 * @example
 * defaultCookiePath("/account/login"); // "/account"
 */
export function defaultCookiePath(requestPath: string): string {
  const path = requestPath.replace(/[?#].*$/, "");
  if (!path.startsWith("/")) return "/";
  const last = path.lastIndexOf("/");
  return last <= 0 ? "/" : path.slice(0, last);
}

/** What the jar reads of a parsed `Set-Cookie` (the engines' `SetCookie` without `raw`). */
export type JarCookie = Pick<SetCookie, "name" | "value" | "attributes">;

function expiry(cookie: JarCookie, now: number): number | null {
  const maxAge = cookie.attributes["max-age"];
  if (typeof maxAge === "string" && /^-?\d+$/.test(maxAge.trim())) {
    return now + Number(maxAge.trim()) * 1000;
  }
  const expires = cookie.attributes.expires;
  if (typeof expires === "string") {
    const at = Date.parse(expires);
    if (!Number.isNaN(at)) return at;
  }
  return null;
}

/**
 * A cookie jar for one app (one host), as a browser keeps it.
 * @example
 * const jar = new CookieJar();
 * jar.store(response.cookies, "/login");
 * jar.header("/"); // "session=…"
 * @see werkzeug/test.py Client (3.x keeps cookies by domain and path the same way)
 */
export class CookieJar {
  #cookies: StoredCookie[] = [];

  /** Remember what a response to `requestPath` set, and forget what it deleted. */
  store(cookies: readonly JarCookie[], requestPath: string, now = Date.now()): void {
    for (const cookie of cookies) {
      if (!cookie.name) continue;
      const given = cookie.attributes.path;
      const path =
        typeof given === "string" && given.startsWith("/") ? given : defaultCookiePath(requestPath);
      const expires = expiry(cookie, now);
      const at = this.#cookies.findIndex((c) => c.name === cookie.name && c.path === path);
      if (expires !== null && expires <= now) {
        if (at !== -1) this.#cookies.splice(at, 1);
        continue;
      }
      const sameSite = cookie.attributes.samesite;
      // A replaced cookie keeps its place (RFC 6265 keeps its creation time), so header order holds.
      const stored: StoredCookie = {
        name: cookie.name,
        value: cookie.value,
        path,
        expires,
        httpOnly: cookie.attributes.httponly !== undefined,
        secure: cookie.attributes.secure !== undefined,
        sameSite: typeof sameSite === "string" ? sameSite : null,
      };
      if (at === -1) this.#cookies.push(stored);
      else this.#cookies[at] = stored;
    }
  }

  /** The `Cookie` header for a request to `requestPath`, longest paths first; null when none. */
  header(requestPath: string, now = Date.now()): string | null {
    const matching = this.list(now)
      .filter((c) => cookiePathMatches(c.path, requestPath))
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join("; ") : null;
  }

  /** Every live cookie (expired ones are dropped). */
  list(now = Date.now()): StoredCookie[] {
    this.#cookies = this.#cookies.filter((c) => c.expires === null || c.expires > now);
    return this.#cookies.map((c) => ({ ...c }));
  }

  /** Forget everything. */
  clear(): void {
    this.#cookies = [];
  }

  /**
   * Hold exactly these cookies (another jar's `list()`): how two copies of one jar, on either
   * side of a `postMessage`, are kept the same.
   */
  restore(cookies: readonly StoredCookie[]): void {
    this.#cookies = cookies.map((c) => ({ ...c }));
  }
}
