/**
 * Building `Set-Cookie` header values exactly as Werkzeug does.
 *
 * @example
 * dumpCookie("user", "ana", { httpOnly: true }); // "user=ana; HttpOnly; Path=/"
 * @see werkzeug/http.py dump_cookie
 */
import { httpDate } from "./dates.ts";
import { isAscii, pyNumber, utf8AsLatin1 } from "../python/index.ts";
import { quote } from "./url-quote.ts";
import { ValueError } from "../python/index.ts";

/** A span of time, like Python's `timedelta`; the parts are added together. */
export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

/** Options for `dumpCookie`, named like Flask's `set_cookie` arguments in TypeScript casing. */
export interface CookieOptions {
  /** Lifetime in seconds (or a Duration); also sets `Expires` unless `expires` is given. */
  maxAge?: number | Duration | null;
  /** A Date, seconds since the epoch, or a ready-made date string. */
  expires?: Date | number | string | null;
  /** Defaults to "/"; `null` leaves the attribute out. */
  path?: string | null;
  domain?: string | null;
  secure?: boolean;
  httpOnly?: boolean;
  /** "Strict", "Lax" or "None", in any letter case. */
  sameSite?: string | null;
  /** Werkzeug 3.1's `partitioned`; also forces `Secure`. */
  partitioned?: boolean;
  /** Only UTF-8 is supported (Werkzeug 3 removed the parameter). */
  charset?: "utf-8";
  /** Set `Expires` from `maxAge` when `expires` is not given. Defaults to true. */
  syncExpires?: boolean;
  /** Warn when the header is longer than this; 0 turns the check off. Defaults to 4093. */
  maxSize?: number;
  /** Receives the size warning; defaults to `console.warn`. */
  warn?: (message: string) => void;
}

const NO_QUOTE_RE = /^[A-Za-z0-9_!#$%&'()*+\-./:<=>?@[\]^`{|}~]*$/;

function slashEscape(value: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(value)) {
    // Werkzeug's escape class is [\x00-\x19",;\\\x7f-\xff]: 0x1a-0x1f pass through unescaped.
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += "\\\\";
    else if (byte <= 0x19 || byte === 0x2c || byte === 0x3b || byte >= 0x7f) {
      out += `\\${byte.toString(8).padStart(3, "0")}`;
    } else out += String.fromCharCode(byte);
  }
  return `"${out}"`;
}

function durationSeconds(value: Duration): number {
  const total =
    (value.days ?? 0) * 86400 +
    (value.hours ?? 0) * 3600 +
    (value.minutes ?? 0) * 60 +
    (value.seconds ?? 0) +
    (value.milliseconds ?? 0) / 1000;
  return Math.trunc(total);
}

function cookieDomain(domain: string): string {
  const host = (domain.split(":")[0] ?? "").replace(/^\.+/, "");
  if (isAscii(host)) return host;
  return new URL(`http://${host}/`).hostname;
}

function canonicalSameSite(value: string): string {
  const known: Record<string, string> = { strict: "Strict", lax: "Lax", none: "None" };
  const found = known[value.toLowerCase()];
  if (found === undefined) throw new ValueError("SameSite must be 'Strict', 'Lax', or 'None'.");
  return found;
}

/**
 * The value of a `Set-Cookie` header (without the `Set-Cookie:` name), byte for byte as Werkzeug writes it.
 * Follows Werkzeug 3.x where it differs from 2.2: values are quoted only when RFC 6265 needs it, the path is
 * percent-encoded, a leading dot of the domain is dropped and bare host names are allowed, `Partitioned` exists.
 * @example
 * dumpCookie("n", "v", { maxAge: 0, expires: 0 }); // "n=v; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"
 * @see werkzeug/http.py dump_cookie
 */
export function dumpCookie(key: string, value = "", options: CookieOptions = {}): string {
  const path = options.path === undefined ? "/" : options.path;
  const quotedPath = path === null ? null : quote(path, "%!$&'()*+,/:=@");
  let domain = options.domain ?? null;
  if (domain) domain = cookieDomain(domain);

  let maxAge = options.maxAge ?? null;
  if (maxAge !== null && typeof maxAge === "object") maxAge = durationSeconds(maxAge);

  let expires: string | null = null;
  if (options.expires !== undefined && options.expires !== null) {
    expires = typeof options.expires === "string" ? options.expires : httpDate(options.expires);
  } else if (maxAge !== null && options.syncExpires !== false) {
    expires = httpDate(Date.now() / 1000 + maxAge);
  }

  const sameSite = options.sameSite == null ? null : canonicalSameSite(options.sameSite);
  const partitioned = options.partitioned === true;
  const secure = partitioned || options.secure === true;

  const cookieValue = NO_QUOTE_RE.test(value) ? value : slashEscape(value);
  const parts = [`${utf8AsLatin1(key)}=${cookieValue}`];
  const attributes: [string, string | number | boolean | null][] = [
    ["Domain", domain],
    ["Expires", expires],
    ["Max-Age", maxAge],
    ["Secure", secure],
    ["HttpOnly", options.httpOnly === true],
    ["Path", quotedPath],
    ["SameSite", sameSite],
    ["Partitioned", partitioned],
  ];
  for (const [name, attr] of attributes) {
    if (attr === null || attr === false) continue;
    if (attr === true) parts.push(name);
    else parts.push(`${name}=${typeof attr === "number" ? pyNumber(attr) : attr}`);
  }
  const header = parts.join("; ");

  // Browsers may silently drop an oversized cookie, which is hard to debug without a warning.
  const maxSize = options.maxSize ?? 4093;
  if (maxSize && header.length > maxSize) {
    const valueSize = cookieValue.length;
    const warn = options.warn ?? ((message: string) => console.warn(message));
    warn(
      `The '${key}' cookie is too large: the value was ${valueSize} bytes but the` +
        ` header required ${header.length - valueSize} extra bytes. The final size` +
        ` was ${header.length} bytes but the limit is ${maxSize} bytes. Browsers may` +
        " silently ignore cookies larger than this.",
    );
  }
  return header;
}
