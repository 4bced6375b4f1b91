/**
 * Read the data inside a Flask session cookie, ignoring its signature and timestamp.
 * @example decodeSession(".eJyrVg...") // { user: "bob" }
 * @see flask/sessions.py SecureCookieSessionInterface, flask/json/tag.py TaggedJSONSerializer
 */
import { inflateSync } from "node:zlib";

const SESSION_SHAPE = /^\.?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Turn Flask's tagged JSON into plain data; tuples and non-JSON types become `$`-keyed objects. */
export function untag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untag);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [key, inner] = entries[0]!;
    if (key === " t") return { $tuple: (inner as unknown[]).map(untag) };
    if (key === " di") return untagObject(inner as object);
    if (key === " b") return { $bytes: inner };
    if (key === " m") return { $markup: inner };
    if (key === " u") return { $uuid: inner };
    if (key === " d") return { $date: inner };
  }
  return untagObject(value);
}

function untagObject(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, untag(v)]));
}

/**
 * The tagged JSON text a session cookie carries, byte for byte (after zlib, if used): equal data
 * can still be written differently (key order, tuple tags, spacing). Node's zlib (Chromium's
 * fork) deflates differently from CPython's, so the compressed bytes themselves are not compared.
 */
export function sessionPayload(value: string): string {
  const compressed = value.startsWith(".");
  const payload = (compressed ? value.slice(1) : value).split(".")[0]!;
  const raw = Buffer.from(payload, "base64url");
  return (compressed ? inflateSync(raw) : raw).toString("utf8");
}

/** The session data in a cookie value, or undefined when the value is not a session cookie. */
export function decodeSession(value: string): Record<string, unknown> | undefined {
  if (!SESSION_SHAPE.test(value)) return undefined;
  const compressed = value.startsWith(".");
  const payload = (compressed ? value.slice(1) : value).split(".")[0]!;
  try {
    let raw = Buffer.from(payload, "base64url");
    if (compressed) raw = inflateSync(raw);
    const data = JSON.parse(raw.toString("utf8"));
    if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
    return untag(data) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
