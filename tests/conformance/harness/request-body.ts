/**
 * Build the request a script line describes as a web-standard `Request`.
 * Bodies are encoded the way run_flask.py encodes them, so both sides get the same bytes.
 * @example const request = buildRequest(requestOf("GET /"), jar);
 * @see werkzeug/test.py EnvironBuilder
 */
import type { NormalRequest } from "./script.ts";

const SAFE_FORM = /[A-Za-z0-9\-._~]/;

function encodeFormPart(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === " ") out += "+";
    else if (SAFE_FORM.test(ch)) out += ch;
    else
      for (const byte of new TextEncoder().encode(ch))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function fieldPairs(fields: Record<string, string | string[]> | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(fields ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([key, String(item)]);
  }
  return pairs;
}

/** `a=1&b=x+y`, percent-encoding everything but unreserved characters. */
export function formEncode(fields: Record<string, string | string[]> | undefined): string {
  return fieldPairs(fields)
    .map(([k, v]) => `${encodeFormPart(k)}=${encodeFormPart(v)}`)
    .join("&");
}

/** The absolute URL a script request goes to. */
export function requestUrl(request: NormalRequest): URL {
  const base = (request.base ?? "http://localhost").replace(/\/$/, "");
  return new URL(base + request.path);
}

/** The User-Agent both sides send unless a request names one. */
export const USER_AGENT = "kolba-conformance/1";

/** A `Request` carrying the script line's method, headers, cookies and body. */
export async function buildRequest(
  request: NormalRequest,
  cookieHeader: string | undefined,
  previous: Map<string, string> = new Map(),
): Promise<Request> {
  const url = requestUrl(request);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    // "{prev:etag}" stands for that header of the previous response (conditional requests).
    headers.set(
      name,
      value.replace(
        /\{prev:([A-Za-z0-9-]+)\}/g,
        (_m, h: string) => previous.get(h.toLowerCase()) ?? "",
      ),
    );
  }
  if (!headers.has("user-agent")) headers.set("user-agent", USER_AGENT);
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  let contentType = request.contentType;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    contentType ??= "application/json";
  } else if (request.files !== undefined) {
    // Encoded by hand rather than through FormData, which leaves out `filename=""`: a browser
    // sends it for a file input left empty, and Werkzeug then gives a file with no name.
    const boundary = "----kolba-conformance-boundary";
    const quote = (text: string) =>
      text.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
    let text = "";
    for (const [key, value] of fieldPairs(request.form)) {
      text += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"\r\n\r\n${value}\r\n`;
    }
    for (const [key, value] of Object.entries(request.files)) {
      for (const file of Array.isArray(value) ? value : [value]) {
        text +=
          `--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"; ` +
          `filename="${quote(file.filename ?? "")}"\r\n` +
          `Content-Type: ${file.contentType ?? "application/octet-stream"}\r\n\r\n` +
          `${file.content ?? ""}\r\n`;
      }
    }
    body = new TextEncoder().encode(`${text}--${boundary}--\r\n`);
    contentType = `multipart/form-data; boundary=${boundary}`;
  } else if (request.form !== undefined) {
    body = formEncode(request.form);
    contentType ??= "application/x-www-form-urlencoded";
  } else if (request.body !== undefined) {
    body = request.body;
  }
  if (contentType) headers.set("content-type", contentType);
  if (cookieHeader !== undefined) headers.set("cookie", cookieHeader);
  if (body !== undefined) {
    const length = typeof body === "string" ? new TextEncoder().encode(body).length : body.length;
    headers.set("content-length", String(length));
  }
  return new Request(url, { method: request.method, headers, body });
}
