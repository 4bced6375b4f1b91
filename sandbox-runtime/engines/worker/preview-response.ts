/**
 * What the preview Service Worker hands the browser for an app's answer: `Set-Cookie` removed
 * (the engine's jar took it; the browser would drop it anyway), root-relative redirects kept
 * inside the preview's path, and the COEP/CORP headers a cross-origin-isolated page needs.
 */
import type { HeaderList } from "../types.ts";
import type { WireResponse } from "./protocol.ts";

/** Headers every preview response carries. */
export const ISOLATION_HEADERS: HeaderList = [
  ["Cross-Origin-Embedder-Policy", "require-corp"],
  ["Cross-Origin-Resource-Policy", "cross-origin"],
];

/**
 * Rewrite a `Location` so a root-relative target stays under the preview prefix.
 * @example
 * previewLocation("/login", "/engine/preview/c1"); // "/engine/preview/c1/login"
 */
export function previewLocation(location: string, prefix: string): string {
  if (!location.startsWith("/") || location.startsWith("//")) return location;
  if (location === prefix || location.startsWith(`${prefix}/`)) return location;
  return `${prefix}${location}`;
}

/**
 * The headers of a preview response.
 * @example
 * previewHeaders([["Set-Cookie", "a=1"], ["Location", "/"]], "/engine/preview/c1"); // [["Location", "/engine/preview/c1/"], …isolation headers]
 */
export function previewHeaders(headers: HeaderList, prefix: string): HeaderList {
  const out: HeaderList = [];
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (lower === "set-cookie" || lower === "cross-origin-embedder-policy") continue;
    if (lower === "cross-origin-resource-policy") continue;
    out.push([name, lower === "location" ? previewLocation(value, prefix) : value]);
  }
  return [...out, ...ISOLATION_HEADERS];
}

/**
 * An HTML page the preview shows when the app could not answer (a timeout, a crash).
 * @example
 * previewErrorPage(504, "Gateway Timeout", "GET /spin ran longer than 5 s…");
 */
export function previewErrorPage(
  status: number,
  statusText: string,
  message: string,
): WireResponse {
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>\n<title>${status} ${statusText}</title>\n<h1>${statusText}</h1>\n<pre>${escaped}</pre>\n`;
  return {
    status,
    statusText,
    headers: [["Content-Type", "text/html; charset=utf-8"], ...ISOLATION_HEADERS],
    body: new TextEncoder().encode(html),
  };
}
