/**
 * The redirect response Werkzeug builds.
 * @see werkzeug/utils.py redirect
 */
import { htmlEscape } from "./python/index.ts";
import { Response } from "./wrappers/response.ts";

/**
 * Werkzeug's `iri_to_uri(..., safe_conversion=True)`: leave ASCII URLs without spaces alone,
 * percent-encode the rest.
 * @example
 * iriToUri("/ą b"); // "/%C4%85%20b"
 * @see werkzeug/urls.py iri_to_uri
 */
export function iriToUri(location: string): string {
  if (/^[\x21-\x7e]*$/.test(location)) return location;
  let out = "";
  for (const ch of location) {
    if (/^[\x21-\x7e]$/.test(ch)) out += ch;
    else
      for (const byte of new TextEncoder().encode(ch))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * A redirect response with Werkzeug's HTML body and a Location header.
 * @example
 * redirectResponse("/login", 302);
 * @see werkzeug/utils.py redirect
 */
export function redirectResponse(
  location: string,
  code = 302,
  ResponseClass: typeof Response = Response,
): Response {
  const target = iriToUri(location);
  const body =
    "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n" +
    "<p>You should be redirected automatically to the target URL: " +
    `<a href="${htmlEscape(target)}">${htmlEscape(location)}</a>. If not, click the link.\n`;
  const response = new ResponseClass(body, { status: code, mimetype: "text/html" });
  response.headers.set("Location", target);
  return response;
}
