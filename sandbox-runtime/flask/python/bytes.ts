/**
 * Python's byte rules: ASCII checks and encodings between `str` and `bytes`.
 */

/**
 * Whether every character is ASCII (below U+0080).
 * @example
 * isAscii("abc"); // true
 * @see cpython Objects/unicodeobject.c str.isascii
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Drop every non-ASCII character (Python's `encode("ascii", errors="ignore")`).
 * @example
 * asciiOnly("aąb"); // "ab"
 * @see cpython Python/codecs.c ignore_errors
 */
export function asciiOnly(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x7f) out += text[i];
  return out;
}

/**
 * Encode text as UTF-8, then read every byte as one Latin-1 character (PEP 3333 "mojibake").
 * @example
 * utf8AsLatin1("ą"); // "Ä\u0085"
 * @see werkzeug/http.py dump_cookie
 */
export function utf8AsLatin1(value: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(value)) out += String.fromCharCode(byte);
  return out;
}

const CHUNK = 0x8000;

/**
 * Read bytes as Latin-1 text, one character per byte (`bytes.decode("latin-1")`).
 * @example
 * latin1(new Uint8Array([46])); // "."
 * @see cpython Objects/unicodeobject.c PyUnicode_DecodeLatin1
 */
export function latin1(bytes: Uint8Array): string {
  let out = "";
  // Spreading a large array into fromCharCode overflows the call stack; go in slices.
  for (let at = 0; at < bytes.length; at += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return out;
}
