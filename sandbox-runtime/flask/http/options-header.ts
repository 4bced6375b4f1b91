/**
 * Headers made of a value and `key=value` parameters, such as `Content-Type`.
 *
 * @example
 * parseOptionsHeader("text/html; charset=UTF-8"); // ["text/html", { charset: "UTF-8" }]
 * @see werkzeug/http.py parse_options_header, dump_options_header
 */
import { PY_SPACE, pyStrip } from "../python/index.ts";
import { type UnquoteEncoding, unquote } from "./url-quote.ts";

const TOKEN_CHARS = new Set(
  "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|~",
);
const PARAMETER_KEY_RE = /^([\w!#$%&'*+\-.^`|~]+)=/;
const PARAMETER_TOKEN_VALUE_RE = /^[\w!#$%&'*+\-.^`|~]+/;
const CHARSET_VALUE_RE = /^([\w!#$%&*+\-.^`|~]*)'[\w!#$%&*+\-.^`|~]*'([\w!#$%&'*+\-.^`|~]+)/;
const CONTINUATION_RE = /\*(\d+)$/;
const LEADING_SPACE_RE = new RegExp(`^[${PY_SPACE}]+`);
const SAFE_CHARSETS = new Set(["ascii", "us-ascii", "utf-8", "iso-8859-1"]);

/**
 * Quote a header parameter value when it holds anything but token characters; escape `"` and `\`.
 * @example
 * quoteHeaderValue("a b"); // '"a b"'
 * @see werkzeug/http.py quote_header_value
 */
export function quoteHeaderValue(value: unknown, allowToken = true): string {
  const text = String(value);
  if (!text) return '""';
  if (allowToken && [...text].every((ch) => TOKEN_CHARS.has(ch))) return text;
  return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/**
 * Remove surrounding double quotes and backslash escapes.
 * @example
 * unquoteHeaderValue('"a\\"b"'); // 'a"b'
 * @see werkzeug/http.py unquote_header_value
 */
export function unquoteHeaderValue(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\([^\n])/g, "$1");
  }
  return value;
}

/**
 * Join a value and parameters with `; `, quoting parameter values as needed; `null`/`undefined` are skipped,
 * and keys ending in `*` are taken as already encoded.
 * @example
 * dumpOptionsHeader("text/html", { charset: "utf-8" }); // "text/html; charset=utf-8"
 * @see werkzeug/http.py dump_options_header
 */
export function dumpOptionsHeader(header: string | null, options: Record<string, unknown>): string {
  const segments: string[] = header === null ? [] : [header];
  for (const [key, value] of Object.entries(options)) {
    if (value === null || value === undefined) continue;
    segments.push(
      key.endsWith("*") ? `${key}=${String(value)}` : `${key}=${quoteHeaderValue(value)}`,
    );
  }
  return segments.join("; ");
}

/**
 * Split a header such as `Content-Type` into its value and lower-cased parameters. Invalid parts are skipped;
 * RFC 2231 continuations (`key*0`) and charsets (`key*=UTF-8''…`) are decoded.
 * @example
 * parseOptionsHeader('form-data; name="f"; filename="a.txt"'); // ["form-data", { name: "f", filename: "a.txt" }]
 * @see werkzeug/http.py parse_options_header
 */
export function parseOptionsHeader(
  value: string | null | undefined,
): [string, Record<string, string>] {
  if (value === null || value === undefined) return ["", {}];
  const semi = value.indexOf(";");
  const main = pyStrip(semi === -1 ? value : value.slice(0, semi));
  let rest = semi === -1 ? "" : pyStrip(value.slice(semi + 1));
  if (!main || !rest) return [main, {}];

  const parts: [string, string][] = [];
  for (;;) {
    const keyMatch = PARAMETER_KEY_RE.exec(rest);
    if (keyMatch) {
      const key = (keyMatch[1] ?? "").toLowerCase();
      rest = rest.slice(keyMatch[0].length);
      const token = PARAMETER_TOKEN_VALUE_RE.exec(rest);
      if (token) {
        parts.push([key, token[0]]);
      } else if (rest.startsWith('"')) {
        let pos = 1;
        while (pos < rest.length) {
          const pair = rest.slice(pos, pos + 2);
          if (pair === "\\\\" || pair === '\\"') pos += 2;
          else if (rest[pos] === '"') {
            parts.push([key, rest.slice(0, pos + 1)]);
            rest = rest.slice(pos + 1);
            break;
          } else pos += 1;
        }
      }
    }
    const end = rest.indexOf(";");
    if (end === -1) break;
    rest = rest.slice(end + 1).replace(LEADING_SPACE_RE, "");
  }

  const options = new Map<string, string>();
  let encoding: string | null = null;
  let continuedEncoding: string | null = null;
  for (let [key, val] of parts) {
    if (key.endsWith("*")) {
      key = key.slice(0, -1);
      const charset = CHARSET_VALUE_RE.exec(val);
      if (charset) {
        encoding = (charset[1] ?? "").toLowerCase();
        val = charset[2] ?? "";
      }
      if (!encoding) encoding = continuedEncoding;
      if (encoding !== null && SAFE_CHARSETS.has(encoding)) {
        continuedEncoding = encoding;
        val = unquote(val, encoding as UnquoteEncoding);
      }
    }
    if (val.startsWith('"') && val.endsWith('"')) {
      val = val.slice(1, -1).replaceAll("\\\\", "\\").replaceAll('\\"', '"').replaceAll("%22", '"');
    }
    const continuation = CONTINUATION_RE.exec(key);
    if (continuation) {
      key = key.slice(0, continuation.index);
      options.set(key, (options.get(key) ?? "") + val);
    } else {
      options.set(key, val);
    }
  }
  return [main, Object.fromEntries(options)];
}
