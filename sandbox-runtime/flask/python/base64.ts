/**
 * Python's `base64` module for bytes: the standard and URL-safe alphabets, with padding, decoding
 * as leniently as `binascii` does. The page, a Worker and Node all use it.
 */
import { latin1 } from "./bytes.ts";

const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE_TABLE = new Map([...STANDARD].map((ch, i) => [ch.charCodeAt(0), i]));
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Base64 with the standard alphabet and padding.
 * @example
 * b64encode(new Uint8Array([0, 255])); // "AP8="
 * @see cpython Lib/base64.py b64encode
 */
export function b64encode(bytes: Uint8Array): string {
  return btoa(latin1(bytes));
}

/**
 * Decode base64 leniently like Python's `binascii.a2b_base64`: characters outside the alphabet
 * are skipped, decoding stops at valid padding, and a dangling partial group is an error.
 * @example
 * b64decode("AP8="); // Uint8Array [0, 255]
 * @see cpython Modules/binascii.c binascii_a2b_base64_impl
 */
export function b64decode(text: string): Uint8Array {
  if (CANONICAL.test(text)) return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  const out: number[] = [];
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  let complete = false;
  for (let i = 0; i < text.length && !complete; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      pads += 1;
      if (quadPos >= 2 && quadPos + pads >= 4) complete = true;
      continue;
    }
    const value = DECODE_TABLE.get(code);
    if (value === undefined) continue;
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftChar = value;
        break;
      case 1:
        quadPos = 2;
        out.push(((leftChar << 2) | (value >> 4)) & 0xff);
        leftChar = value & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((leftChar << 4) | (value >> 2)) & 0xff);
        leftChar = value & 0x03;
        break;
      default:
        quadPos = 0;
        out.push(((leftChar << 6) | value) & 0xff);
        leftChar = 0;
    }
  }
  if (!complete && quadPos !== 0) {
    if (quadPos === 1) {
      const count = [...text].filter((ch) => DECODE_TABLE.has(ch.charCodeAt(0))).length;
      throw new Error(
        `Invalid base64-encoded string: number of data characters (${count}) cannot be 1 more than a multiple of 4`,
      );
    }
    throw new Error("Incorrect padding");
  }
  return new Uint8Array(out);
}

/**
 * Base64 with the URL-safe alphabet (`-` and `_`), padding kept.
 * @example
 * urlsafeB64encode(new Uint8Array([251, 255])); // "-_8="
 * @see cpython Lib/base64.py urlsafe_b64encode
 */
export function urlsafeB64encode(bytes: Uint8Array): string {
  return b64encode(bytes).replaceAll("+", "-").replaceAll("/", "_");
}

/**
 * Decode URL-safe base64; padding is needed as in Python (add it back first if it was stripped).
 * @example
 * urlsafeB64decode("-_8="); // Uint8Array [251, 255]
 * @see cpython Lib/base64.py urlsafe_b64decode
 */
export function urlsafeB64decode(text: string): Uint8Array {
  return b64decode(text.replaceAll("-", "+").replaceAll("_", "/"));
}
