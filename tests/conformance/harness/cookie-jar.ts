/**
 * A client cookie jar that behaves like the one in Flask 2.2's test client for one host.
 * Werkzeug 2.2 keeps cookies in Python's http.cookiejar but sends every stored cookie on
 * every request (no path or Secure filtering), grouped by path in the order paths appeared.
 * @example jar.store(url, setCookieHeaders); headers.set("cookie", jar.header());
 * @see werkzeug/test.py _TestCookieJar.inject_wsgi, extract_wsgi
 */

type Stored = { name: string; value: string; expires?: number };

export class CookieJar {
  /** path → name → cookie, in insertion order like http.cookiejar's nested dicts. */
  #byPath = new Map<string, Map<string, Stored>>();

  /** Put a cookie in the jar the way `client.set_cookie("localhost", key, value)` does. */
  set(name: string, value: string): void {
    this.#put("/", { name, value });
  }

  /** Take the Set-Cookie headers of a response to `url`. */
  store(url: URL, setCookies: string[]): void {
    for (const header of setCookies) this.#storeOne(url, header);
  }

  #put(path: string, cookie: Stored): void {
    let names = this.#byPath.get(path);
    if (!names) {
      names = new Map();
      this.#byPath.set(path, names);
    }
    names.set(cookie.name, cookie);
  }

  #storeOne(url: URL, header: string): void {
    const [first = "", ...attrs] = header.split(";");
    const eq = first.indexOf("=");
    if (eq < 0) return;
    const name = first.slice(0, eq).trim();
    const value = first.slice(eq + 1).trim();
    let path = url.pathname.replace(/\/[^/]*$/, "") || "/";
    let expires: number | undefined;
    let maxAge: number | undefined;
    for (const attr of attrs) {
      const at = attr.indexOf("=");
      const key = (at < 0 ? attr : attr.slice(0, at)).trim().toLowerCase();
      const val = at < 0 ? "" : attr.slice(at + 1).trim();
      if (key === "path" && val.startsWith("/")) path = val;
      else if (key === "max-age" && /^-?\d+$/.test(val)) maxAge = Number(val);
      else if (key === "expires" && !Number.isNaN(Date.parse(val)))
        expires = Date.parse(val) / 1000;
      // http.cookiejar refuses a Domain the request host does not belong to.
      else if (key === "domain" && !domainMatches(url.hostname, val)) return;
    }
    if (maxAge !== undefined) expires = Date.now() / 1000 + maxAge;
    if (expires !== undefined && expires <= Date.now() / 1000) {
      this.#byPath.get(path)?.delete(name);
      return;
    }
    this.#put(path, { name, value, expires });
  }

  #live(): Stored[] {
    const now = Date.now() / 1000;
    const out: Stored[] = [];
    for (const names of this.#byPath.values()) {
      for (const c of names.values()) if (c.expires === undefined || c.expires > now) out.push(c);
    }
    return out;
  }

  /** The Cookie header for the next request, or undefined when the jar is empty. */
  header(): string | undefined {
    const live = this.#live();
    if (live.length === 0) return undefined;
    return live.map((c) => `${c.name}=${c.value}`).join("; ");
  }

  /** Every cookie in the jar by name, like iterating the test client's jar. */
  entries(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const c of this.#live()) out[c.name] = c.value;
    return out;
  }
}

function domainMatches(host: string, domain: string): boolean {
  const bare = domain.replace(/^\./, "").toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
}
