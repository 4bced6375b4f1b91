/**
 * Parsing request bodies: urlencoded and multipart forms.
 * @see werkzeug/formparser.py
 */
import { FileStorage, Headers } from "./datastructures.ts";
import { parseQuery } from "./urls.ts";

/** What a form body parses into. */
export interface ParsedForm {
  form: [string, string][];
  files: [string, FileStorage][];
}

/**
 * Split a header value like `text/html; charset=utf-8` into its value and parameters.
 * @example
 * parseHeaderOptions('form-data; name="a"'); // ["form-data", { name: "a" }]
 * @see werkzeug/http.py parse_options_header
 */
export function parseHeaderOptions(
  value: string | null | undefined,
): [string, Record<string, string>] {
  if (!value) return ["", {}];
  const semi = value.indexOf(";");
  const main = (semi === -1 ? value : value.slice(0, semi)).trim();
  const params: Record<string, string> = {};
  const re = /;\s*([^\s=;]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*)))?/g;
  const rest = semi === -1 ? "" : value.slice(semi);
  for (const m of rest.matchAll(re)) {
    const key = (m[1] ?? "").toLowerCase();
    const quoted = m[2];
    params[key] = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : (m[3] ?? "").trim();
  }
  return [main, params];
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first as number, from);
    i !== -1 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const decoder = new TextDecoder();

/**
 * Parse a multipart/form-data body.
 * @example
 * parseMultipart(bytes, "----x");
 * @see werkzeug/sansio/multipart.py MultipartDecoder
 */
export function parseMultipart(body: Uint8Array, boundary: string): ParsedForm {
  const out: ParsedForm = { form: [], files: [] };
  const enc = new TextEncoder();
  const delimiter = enc.encode(`--${boundary}`);
  const crlf2 = enc.encode("\r\n\r\n");
  let pos = indexOf(body, delimiter, 0);
  if (pos === -1) throw new Error("Invalid form-data: no boundary");
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body[start] === 45 && body[start + 1] === 45) break;
    if (body[start] === 13 && body[start + 1] === 10) start += 2;
    const headerEnd = indexOf(body, crlf2, start);
    if (headerEnd === -1) throw new Error("Invalid form-data: unterminated part headers");
    const headers = new Headers();
    for (const line of decoder.decode(body.subarray(start, headerEnd)).split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.add(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const next = indexOf(body, enc.encode(`\r\n--${boundary}`), headerEnd + 4);
    if (next === -1) throw new Error("Invalid form-data: missing closing boundary");
    const content = body.slice(headerEnd + 4, next);
    const [, disposition] = parseHeaderOptions(headers.get("Content-Disposition"));
    const name = disposition.name ?? "";
    if (disposition.filename !== undefined) {
      out.files.push([
        name,
        new FileStorage({
          bytes: content,
          filename: disposition.filename,
          name,
          headers,
        }),
      ]);
    } else {
      const [, params] = parseHeaderOptions(headers.get("Content-Type"));
      const text =
        params.charset && params.charset.toLowerCase() !== "utf-8"
          ? new TextDecoder(params.charset).decode(content)
          : decoder.decode(content);
      out.form.push([name, text]);
    }
    pos = next + 2;
  }
  return out;
}

/**
 * Parse a body by its mimetype; other mimetypes give empty results.
 * @example
 * parseFormBody(bytes, "application/x-www-form-urlencoded", {});
 * @see werkzeug/formparser.py FormDataParser.parse
 */
export function parseFormBody(
  body: Uint8Array,
  mimetype: string,
  params: Record<string, string>,
): ParsedForm {
  if (mimetype === "application/x-www-form-urlencoded") {
    return { form: parseQuery(decoder.decode(body)), files: [] };
  }
  if (mimetype === "multipart/form-data" && params.boundary) {
    return parseMultipart(body, params.boundary);
  }
  return { form: [], files: [] };
}
