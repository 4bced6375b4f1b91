/**
 * Byte helpers: URL-safe base64 without padding, big-endian integers, and Python-style byte strings.
 *
 * @example
 * base64Encode("hi"); // Uint8Array of "aGk"
 * @see itsdangerous/encoding.py
 */
import { asciiOnly, latin1, urlsafeB64decode, urlsafeB64encode } from "../python/index.ts";
import { BadData } from "./errors.ts";

export { latin1 } from "../python/index.ts";

/** Text (encoded as UTF-8) or raw bytes. */
export type StrOrBytes = string | Uint8Array;

const URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The characters a URL-safe base64 signature can contain; a separator must not be one of them. */
export const BASE64_ALPHABET = `${URLSAFE}=`;

/**
 * UTF-8 encode text; bytes pass through.
 * @example
 * wantBytes("ą"); // Uint8Array [196, 133]
 * @see itsdangerous/encoding.py want_bytes
 */
export function wantBytes(value: StrOrBytes): Uint8Array {
  return typeof value === "string" ? new TextEncoder().encode(value) : value;
}

/**
 * Join byte arrays.
 * @example
 * concatBytes(wantBytes("a"), wantBytes("b")); // "ab" as bytes
 * @see itsdangerous/signer.py Signer.sign
 */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Encode bytes or text as URL-safe base64 with the `=` padding stripped.
 * @example
 * latin1(base64Encode(new Uint8Array([251, 255]))); // "-_8"
 * @see itsdangerous/encoding.py base64_encode
 */
export function base64Encode(value: StrOrBytes): Uint8Array {
  const text = urlsafeB64encode(wantBytes(value)).replace(/=+$/, "");
  return new TextEncoder().encode(text);
}

/**
 * Decode URL-safe base64, adding the padding back; raises BadData when it is not valid.
 * @example
 * base64Decode("-_8"); // Uint8Array [251, 255]
 * @see itsdangerous/encoding.py base64_decode
 */
export function base64Decode(value: StrOrBytes): Uint8Array {
  // Python drops non-ASCII characters here ("ascii", errors="ignore") before decoding.
  let text = asciiOnly(typeof value === "string" ? value : latin1(value));
  text += "=".repeat((4 - (text.length % 4)) % 4);
  try {
    return urlsafeB64decode(text);
  } catch {
    throw new BadData("Invalid base64-encoded data");
  }
}

/**
 * A non-negative integer as big-endian bytes with leading zero bytes removed.
 * @example
 * intToBytes(256); // Uint8Array [1, 0]
 * @see itsdangerous/encoding.py int_to_bytes
 */
export function intToBytes(num: number | bigint): Uint8Array {
  let n = BigInt(num);
  if (n < 0n || n >= 1n << 64n) throw new RangeError("int out of range for 8 bytes");
  const out: number[] = [];
  while (n > 0n) {
    out.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return new Uint8Array(out);
}

/**
 * Big-endian bytes (at most 8) to an integer.
 * @example
 * bytesToInt(new Uint8Array([1, 0])); // 256
 * @see itsdangerous/encoding.py bytes_to_int
 */
export function bytesToInt(bytes: Uint8Array): bigint {
  if (bytes.length > 8) throw new RangeError("unpack requires a buffer of 8 bytes");
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/**
 * Python's `repr()` of a bytes value, used in error messages, e.g. `b'abc'`.
 * @example
 * bytesRepr(wantBytes(".")); // "b'.'"
 * @see cpython Objects/bytesobject.c PyBytes_Repr
 */
export function bytesRepr(bytes: Uint8Array): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  let out = "";
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === quote || b === 0x5c) out += `\\${ch}`;
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `b${quote}${out}${quote}`;
}
