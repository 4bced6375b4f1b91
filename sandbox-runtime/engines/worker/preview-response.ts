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

/** The colour scheme a preview document is shown in. */
export type PreviewScheme = "light" | "dark";

const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const SCHEME_META = /<meta\b[^>]*\bname\s*=\s*["']?color-scheme\b/i;

/**
 * An HTML answer as the preview shows it beside a dark lesson: with no colour scheme of its own,
 * it gets `<meta name="color-scheme" content="dark">` (after its doctype, so the mode stays
 * standards), and the browser draws it dark — canvas, text, form controls — as a dark system
 * theme would draw a page that allows it. A page that names its own scheme, or any other kind of
 * answer, is left exactly as the app sent it. (A cross-origin frame cannot be told the
 * lesson's `prefers-color-scheme`; the browser answers that query from the system.)
 * @example
 * withPreviewScheme(htmlAnswer, "dark").body // "<!doctype html><meta name=\"color-scheme\" content=\"dark\">…"
 */
export function withPreviewScheme(response: WireResponse, scheme: PreviewScheme): WireResponse {
  if (scheme !== "dark") return response;
  const type = response.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1];
  if (!type || !/^\s*text\/html\b/i.test(type)) return response;
  if (response.status === 204 || response.status === 304 || response.body.length === 0)
    return response;
  const html = new TextDecoder().decode(response.body);
  if (SCHEME_META.test(html)) return response;
  const meta = '<meta name="color-scheme" content="dark">';
  const doctype = html.match(DOCTYPE)?.[0] ?? "";
  const body = new TextEncoder().encode(`${doctype}${meta}${html.slice(doctype.length)}`);
  return {
    ...response,
    headers: response.headers.filter(([name]) => name.toLowerCase() !== "content-length"),
    body,
  };
}
