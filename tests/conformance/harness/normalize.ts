/**
 * Normalize one HTTP response into the comparable shape both runners print.
 * Mirrors `normalize_*` in run_flask.py; the unit test holds the two together.
 * @example normalizeResponse({ status: "200 OK", headers, body, requestTime }, wanted)
 * @see werkzeug/test.py TestResponse
 */
import { createHash } from "node:crypto";
import { decodeSession, sessionPayload } from "./session-cookie.ts";

export const DEFAULT_HEADERS = [
  "content-type",
  "content-length",
  "location",
  "allow",
  "vary",
  "www-authenticate",
];
const DATE_HEADERS = new Set(["date", "last-modified"]);
const OFFSET_DATE_HEADERS = new Set(["expires"]);
const RELATIVE_WINDOW = 400 * 24 * 3600;
const ETAG = /^(W\/)?"[^"]*"$/;
const TEXT_TYPES =
  /^(text\/|application\/(json|javascript|xml|xhtml\+xml|x-www-form-urlencoded)|[^;]*\+(json|xml))/;

export type SetCookie = {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
  payload?: string;
  session?: Record<string, unknown>;
};
export type Body =
  | { kind: "text"; text: string }
  | { kind: "json"; text: string; data: unknown }
  | { kind: "binary"; length: number; sha256: string };
export type Result = {
  request: string;
  status?: number;
  statusText?: string;
  headers?: Record<string, string>;
  setCookie?: SetCookie[];
  body?: Body;
  cookies?: Record<string, string | { $session: unknown }>;
  error?: string;
};
export type RawResponse = {
  /** "200 OK": code and reason phrase, as WSGI writes it. */
  status: string;
  headers: [string, string][];
  body: Uint8Array;
  /** Seconds since the epoch when the request was sent. */
  requestTime: number;
};

function parseHttpDate(text: string): number | undefined {
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** A date relative to the request ("now+3600s"), or itself when far from it. */
export function normalizeOffsetDate(text: string, requestTime: number): string {
  const stamp = parseHttpDate(text);
  if (stamp === undefined) return `malformed: ${text}`;
  const offset = stamp - requestTime;
  if (Math.abs(offset) > RELATIVE_WINDOW) return text;
  const rounded = Math.round(offset / 10) * 10;
  return `now${rounded >= 0 ? "+" : "-"}${Math.abs(rounded)}s`;
}

function normalizeDate(text: string): string {
  return parseHttpDate(text) === undefined ? `malformed: ${text}` : "<http-date>";
}

/** Split a Set-Cookie header into name, value and lower-cased attributes. */
export function parseSetCookie(header: string, requestTime: number): SetCookie {
  const [first = "", ...rest] = header.split(";");
  const eq = first.indexOf("=");
  const name = (eq < 0 ? first : first.slice(0, eq)).trim();
  const value = eq < 0 ? "" : first.slice(eq + 1);
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const trimmed = part.trim();
    const at = trimmed.indexOf("=");
    const key = (at < 0 ? trimmed : trimmed.slice(0, at)).trim().toLowerCase();
    if (!key) continue;
    const val = at < 0 ? true : trimmed.slice(at + 1).trim();
    attributes[key] =
      key === "expires" && typeof val === "string" ? normalizeOffsetDate(val, requestTime) : val;
  }
  const cookie: SetCookie = { name, value, attributes };
  const session = decodeSession(value);
  if (session !== undefined) {
    cookie.value = "<session>";
    cookie.payload = sessionPayload(value);
    cookie.session = session;
  }
  return cookie;
}

function normalizeHeader(name: string, value: string, requestTime: number): string {
  if (name === "allow") {
    return value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean)
      .sort()
      .join(", ");
  }
  if (DATE_HEADERS.has(name)) return normalizeDate(value);
  if (OFFSET_DATE_HEADERS.has(name)) return normalizeOffsetDate(value, requestTime);
  if (name === "etag") return ETAG.test(value) ? "<etag>" : `malformed: ${value}`;
  return value;
}

/** Text, JSON (text and parsed data) or a binary digest, by Content-Type. */
export function normalizeBody(raw: Uint8Array, contentType: string): Body {
  const mimetype = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const isJson = mimetype === "application/json" || mimetype.endsWith("+json");
  let text: string | undefined;
  if (raw.length === 0 || TEXT_TYPES.test(mimetype) || contentType.includes("charset=")) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    return {
      kind: "binary",
      length: raw.length,
      sha256: createHash("sha256").update(raw).digest("hex"),
    };
  }
  if (isJson) {
    try {
      return { kind: "json", text, data: JSON.parse(text) };
    } catch {
      // not JSON after all: compared as text
    }
  }
  return { kind: "text", text };
}

/** The comparable form of one response. */
export function normalizeResponse(
  raw: RawResponse,
  wanted: Iterable<string>,
): Omit<Result, "request"> {
  const want = new Set([...wanted].map((h) => h.toLowerCase()));
  const space = raw.status.indexOf(" ");
  const code = space < 0 ? raw.status : raw.status.slice(0, space);
  const reason = space < 0 ? "" : raw.status.slice(space + 1);
  const headers: Record<string, string> = {};
  const setCookie: SetCookie[] = [];
  let contentType = "";
  for (const [name, value] of raw.headers) {
    const lower = name.toLowerCase();
    if (lower === "content-type" && !contentType) contentType = value;
    if (lower === "set-cookie") {
      setCookie.push(parseSetCookie(value, raw.requestTime));
    } else if (want.has(lower)) {
      const normalized = normalizeHeader(lower, value, raw.requestTime);
      headers[lower] = lower in headers ? `${headers[lower]}, ${normalized}` : normalized;
    }
  }
  const sorted = Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    status: Number(code),
    statusText: reason,
    headers: sorted,
    setCookie,
    body: normalizeBody(raw.body, contentType),
  };
}

/** The jar after a request: name → value, or the decoded data of a session cookie. */
export function normalizeJar(
  cookies: Record<string, string>,
): Record<string, string | { $session: unknown }> {
  const out: Record<string, string | { $session: unknown }> = {};
  for (const name of Object.keys(cookies).sort()) {
    const value = cookies[name]!;
    const session = decodeSession(value);
    out[name] = session === undefined ? value : { $session: session };
  }
  return out;
}
