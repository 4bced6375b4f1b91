/**
 * A browser's cookie jar, as small as the cases need: remembers what responses set, forgets
 * what they delete, sends the rest back.
 */
import type { CellResponse } from "../../sandbox-runtime/engines/types.ts";

/**
 * Cookies by name for one host.
 * @example
 * const jar = new CookieJar();
 * jar.store(res);
 * jar.header(); // "session=…"
 */
export class CookieJar {
  #cookies = new Map<string, string>();

  store(res: CellResponse): void {
    for (const cookie of res.cookies) {
      const maxAge = cookie.attributes["max-age"];
      const expires = cookie.attributes.expires;
      const gone =
        (typeof maxAge === "string" && Number(maxAge) <= 0) ||
        (typeof expires === "string" && Date.parse(expires) < Date.now());
      if (gone) this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
  }

  /** The `Cookie` header value, or null when empty. */
  header(): string | null {
    if (this.#cookies.size === 0) return null;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
