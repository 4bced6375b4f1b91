/**
 * Conditional requests: ETags and If-Modified-Since.
 * @see werkzeug/http.py is_resource_modified, parse_etags
 */
import { parseDate } from "./http.ts";

/** Parsed `If-None-Match` / `If-Match` header. */
export interface ETags {
  strong: Set<string>;
  weak: Set<string>;
  star: boolean;
}

/**
 * Parse an ETag list header.
 * @example
 * parseEtags('W/"a", "b"'); // { strong: {"b"}, weak: {"a"}, star: false }
 * @see werkzeug/http.py parse_etags
 */
export function parseEtags(value: string | null | undefined): ETags {
  const out: ETags = { strong: new Set(), weak: new Set(), star: false };
  if (!value) return out;
  for (const m of value.matchAll(/\s*(?:(W\/)?"([^"]*)"|(\*)|([^,\s]+))\s*(?:,|$)/g)) {
    if (m[3]) {
      out.star = true;
      continue;
    }
    const tag = m[2] ?? m[4];
    if (tag === undefined) continue;
    (m[1] ? out.weak : out.strong).add(tag);
  }
  return out;
}

/**
 * `"tag"` or `W/"tag"`.
 * @example
 * quoteEtag("v1", true); // 'W/"v1"'
 * @see werkzeug/http.py quote_etag
 */
export function quoteEtag(etag: string, weak = false): string {
  if (etag.includes('"')) throw new Error("invalid etag");
  return `${weak ? "W/" : ""}"${etag}"`;
}

/**
 * Split `W/"tag"` into the tag and whether it is weak.
 * @example
 * unquoteEtag('W/"v1"'); // ["v1", true]
 * @see werkzeug/http.py unquote_etag
 */
export function unquoteEtag(etag: string): [string, boolean] {
  let value = etag.trim();
  let weak = false;
  if (value.startsWith("W/")) {
    weak = true;
    value = value.slice(2);
  }
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
  return [value, weak];
}

/** What is read off the request. */
export interface ConditionalHeaders {
  get(name: string): string | undefined | null;
}

/**
 * Whether the client's cached copy is stale (so the full response must be sent).
 * @example
 * isResourceModified(request.headers, '"v1"', null);
 * @see werkzeug/http.py is_resource_modified
 */
export function isResourceModified(
  headers: ConditionalHeaders,
  etag: string | null | undefined,
  lastModified: Date | string | null | undefined,
): boolean {
  let unmodified = false;
  let modified =
    typeof lastModified === "string" ? parseDate(lastModified) : (lastModified ?? null);
  if (modified) modified = new Date(Math.floor(modified.getTime() / 1000) * 1000);
  const since = parseDate(headers.get("If-Modified-Since") ?? null);
  if (since && modified && modified.getTime() <= since.getTime()) unmodified = true;
  if (etag) {
    const [tag] = unquoteEtag(etag);
    const noneMatch = parseEtags(headers.get("If-None-Match"));
    if (noneMatch.star || noneMatch.strong.size > 0 || noneMatch.weak.size > 0) {
      unmodified = noneMatch.star || noneMatch.strong.has(tag) || noneMatch.weak.has(tag);
    }
    const ifMatch = parseEtags(headers.get("If-Match"));
    if (ifMatch.star || ifMatch.strong.size > 0 || ifMatch.weak.size > 0) {
      unmodified = !(ifMatch.star || ifMatch.strong.has(tag));
    }
  }
  return !unmodified;
}
