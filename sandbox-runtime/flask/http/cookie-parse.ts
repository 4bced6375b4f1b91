/**
 * Reading a `Cookie` request header into ordered name/value pairs.
 *
 * @example
 * parseCookie('a=1; b="x\\073y"'); // [["a", "1"], ["b", "x;y"]]
 * @see werkzeug/sansio/http.py parse_cookie
 */
import { pyStrip } from "../python/index.ts";

// Python's pattern with re.ASCII: `\s` is ASCII whitespace only and `.` is "anything but \n".
const COOKIE_RE =
  /([^=;]*)(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*("(?:[^\\"]|\\[^\n])*"|[^\n]*?))?[ \t\n\r\f\v]*;[ \t\n\r\f\v]*/g;

function unslash(inner: string): string {
  const bytes = new TextEncoder().encode(inner);
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const next = bytes[i + 1];
    if (byte === 0x5c && next !== undefined && next !== 0x0a) {
      const a = next;
      const b = bytes[i + 2];
      const c = bytes[i + 3];
      const isOctal = (x: number | undefined, max: number) =>
        x !== undefined && x >= 0x30 && x <= max;
      if (isOctal(a, 0x33) && isOctal(b, 0x37) && isOctal(c, 0x37)) {
        out.push(((a - 0x30) * 64 + ((b as number) - 0x30) * 8 + ((c as number) - 0x30)) & 0xff);
        i += 4;
      } else {
        out.push(a);
        i += 2;
      }
      continue;
    }
    out.push(byte);
    i += 1;
  }
  return new TextDecoder("utf-8").decode(new Uint8Array(out));
}

/**
 * Parse a `Cookie` header into `[name, value]` pairs in order; repeated names are kept.
 * Quoted values are unquoted and their backslash and octal escapes decoded; parts without a name are skipped.
 * Follows Werkzeug 3.x, which parses text (2.2 parsed Latin-1 bytes, so it kept e.g. a trailing `\x1c`).
 * @example
 * parseCookie("a=1; a=2"); // [["a", "1"], ["a", "2"]]
 * @see werkzeug/sansio/http.py parse_cookie
 */
export function parseCookie(header: string | null | undefined): [string, string][] {
  if (!header) return [];
  const out: [string, string][] = [];
  for (const match of `${header};`.matchAll(COOKIE_RE)) {
    const name = pyStrip(match[1] ?? "");
    let value = pyStrip(match[2] ?? "");
    if (!name) continue;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = unslash(value.slice(1, -1));
    out.push([name, value]);
  }
  return out;
}
