/**
 * Percent-encoding helpers shared by the request wrapper and the form parser.
 * @see werkzeug/urls.py
 */

const utf8 = new TextEncoder();

/**
 * Decode `%XX` escapes (and `+` when `plusAsSpace`), replacing invalid UTF-8 like Python's
 * `errors="replace"`.
 * @example
 * percentDecode("a%20b+c", true); // "a b c"
 * @see cpython Lib/urllib/parse.py unquote (Werkzeug 3 decodes with it)
 */
export function percentDecode(text: string, plusAsSpace = false): string {
  if (!text.includes("%") && !(plusAsSpace && text.includes("+"))) return text;
  const source = utf8.encode(plusAsSpace ? text.replaceAll("+", " ") : text);
  const out = new Uint8Array(source.length);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const byte = source[i] as number;
    if (
      byte === 0x25 &&
      i + 2 < source.length + 0 &&
      isHex(source[i + 1]) &&
      isHex(source[i + 2])
    ) {
      out[n++] = Number.parseInt(
        String.fromCharCode(source[i + 1] as number, source[i + 2] as number),
        16,
      );
      i += 2;
    } else {
      out[n++] = byte;
    }
  }
  return new TextDecoder().decode(out.subarray(0, n));
}

function isHex(byte: number | undefined): boolean {
  return (
    byte !== undefined &&
    ((byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102))
  );
}

const ALWAYS_SAFE = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

/**
 * Percent-encode UTF-8 bytes, leaving letters, digits, `-._~` and `safe` alone.
 * @example
 * urlQuote("a b/c"); // "a%20b/c"
 * @see cpython Lib/urllib/parse.py quote (Werkzeug 3 encodes with it)
 */
export function urlQuote(text: string, safe = "/:"): string {
  let out = "";
  for (const byte of utf8.encode(text)) {
    const ch = String.fromCharCode(byte);
    if (byte < 128 && (ALWAYS_SAFE.has(ch) || safe.includes(ch))) out += ch;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * Parse a query string into `[key, value]` pairs, as Werkzeug's `request.args` does
 * (`parse_qsl` keeping blank values).
 * @example
 * parseQuery("a=1&b=&c"); // [["a","1"],["b",""],["c",""]]
 * @see werkzeug/sansio/request.py Request.args
 */
export function parseQuery(query: string): [string, string][] {
  const out: [string, string][] = [];
  for (const pair of query.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? "" : pair.slice(eq + 1);
    out.push([percentDecode(key, true), percentDecode(value, true)]);
  }
  return out;
}

/**
 * Show percent-encoded non-ASCII UTF-8 as characters, leaving ASCII escapes alone.
 * @example
 * uriToIri("/a?b=%C4%85%20"); // "/a?b=ą%20"
 * @see werkzeug/urls.py uri_to_iri
 */
export function uriToIri(uri: string): string {
  return uri.replace(/(?:%[89A-Fa-f][0-9A-Fa-f])+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("%"), (h) => Number.parseInt(h, 16));
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return run;
    }
  });
}
