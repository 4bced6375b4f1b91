/**
 * What the preview Service Worker hands the browser for an app's answer: `Set-Cookie` removed
 * (the engine's jar took it; the browser would drop it anyway), root-relative redirects kept
 * inside the preview's path, and the COEP/CORP headers a cross-origin-isolated page needs.
 */
import type { HeaderList } from "../types.ts";
import type { WireResponse } from "./protocol.ts";

/**
 * Headers every preview response carries. `Document-Isolation-Policy` asks the browser (Chromium
 * 137+) to run each preview document in a process of its own, apart from the lesson page and the
 * bridge frame: a previewed page that loops then freezes only its own frame, and it cannot script
 * the bridge even though both live on the preview origin. An app's own values of these headers
 * are replaced, so no app can lift them.
 */
export const ISOLATION_HEADERS: HeaderList = [
  ["Cross-Origin-Embedder-Policy", "require-corp"],
  ["Cross-Origin-Resource-Policy", "cross-origin"],
  ["Document-Isolation-Policy", "isolate-and-require-corp"],
];

const ISOLATION_NAMES = new Set(ISOLATION_HEADERS.map(([name]) => name.toLowerCase()));

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
    if (lower === "set-cookie" || ISOLATION_NAMES.has(lower)) continue;
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

/**
 * The largest bodies the preview shows whole (see `limitPreviewBody`): in a browser without
 * `Document-Isolation-Policy` text is laid out on the lesson page's own thread (the preview frame
 * is same-site), and one long line of it takes seconds; images and other data are decoded off
 * that thread.
 */
export const PREVIEW_BODY_LIMITS = { text: 64 * 1024, other: 8 * 1024 * 1024 };

const TEXTUAL = /^\s*(text\/|application\/(json|xml|javascript)|[^;]*\+(json|xml))/i;

/**
 * An answer as the preview can show it without stalling the page: a body within its limit
 * (`PREVIEW_BODY_LIMITS`) is left alone; a longer text body is cut to the limit with a line
 * saying so, and any other longer body is replaced by a short page saying how large it was. The
 * app's own answer (for checks, the inspector and the request builder) is not changed.
 * @example
 * limitPreviewBody(fiftyMegabytesOfText).body.length < 70 * 1024; // true
 */
export function limitPreviewBody(
  response: WireResponse,
  limits: { text: number; other: number } = PREVIEW_BODY_LIMITS,
): WireResponse {
  const type = response.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? "";
  const textual = TEXTUAL.test(type);
  const limit = textual ? limits.text : limits.other;
  if (response.body.length <= limit) return response;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const size = megabytes(response.body.length);
  const shown = limit < 1024 * 1024 ? `${Math.round(limit / 1024)} KB` : megabytes(limit);
  const headers = response.headers.filter(([name]) => name.toLowerCase() !== "content-length");
  if (!textual) {
    const page = previewErrorPage(
      response.status,
      response.statusText,
      `The answer's body is ${size} of ${type || "data"}; the preview shows bodies up to ${shown}.`,
    );
    return { ...page, status: response.status, statusText: response.statusText };
  }
  // Cut on a character boundary: drop the bytes of a character the cut would split.
  let end = limit;
  while (end > 0 && (response.body[end]! & 0xc0) === 0x80) end -= 1;
  const note = /html/i.test(type)
    ? `\n<hr><p><strong>The preview shows the first ${shown} of this ${size} answer.</strong></p>\n`
    : `\n\n[The preview shows the first ${shown} of this ${size} answer.]\n`;
  const tail = new TextEncoder().encode(note);
  const body = new Uint8Array(end + tail.length);
  body.set(response.body.subarray(0, end));
  body.set(tail, end);
  return { ...response, headers, body };
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
