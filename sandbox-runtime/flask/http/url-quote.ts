/**
 * Percent-encoding and decoding with Python's `urllib.parse` rules.
 *
 * @example
 * quote("/a b/ą", "/"); // "/a%20b/%C4%85"
 * @see cpython Lib/urllib/parse.py quote, unquote
 */

const ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

/**
 * Percent-encode the UTF-8 bytes of `value`, leaving letters, digits, `_.-~` and `safe` as they are.
 * @example
 * quote("a;b", "/"); // "a%3Bb"
 * @see cpython Lib/urllib/parse.py quote
 */
export function quote(value: string, safe = "/"): string {
  const keep = new Set(ALWAYS_SAFE + safe);
  let out = "";
  for (const byte of new TextEncoder().encode(value)) {
    const ch = String.fromCharCode(byte);
    out += byte < 128 && keep.has(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Charsets `unquote` can decode percent-escapes with. */
export type UnquoteEncoding = "utf-8" | "ascii" | "us-ascii" | "iso-8859-1";

function decodeBytes(bytes: number[], encoding: UnquoteEncoding): string {
  if (encoding === "iso-8859-1") return String.fromCharCode(...bytes);
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
  return bytes.map((b) => (b < 128 ? String.fromCharCode(b) : "\ufffd")).join("");
}

/**
 * Decode `%XX` escapes; runs of escaped bytes are decoded with `encoding`, invalid bytes become U+FFFD.
 * @example
 * unquote("%C4%85"); // "ą"
 * @see cpython Lib/urllib/parse.py unquote
 */
export function unquote(value: string, encoding: UnquoteEncoding = "utf-8"): string {
  if (!value.includes("%")) return value;
  let out = "";
  let pending: number[] = [];
  let i = 0;
  while (i < value.length) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
      pending.push(Number.parseInt(hex, 16));
      i += 3;
      continue;
    }
    if (pending.length) {
      out += decodeBytes(pending, encoding);
      pending = [];
    }
    out += value[i];
    i += 1;
  }
  if (pending.length) out += decodeBytes(pending, encoding);
  return out;
}
