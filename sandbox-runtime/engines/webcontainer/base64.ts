/**
 * Bytes to base64 and back with `btoa`/`atob`, which the page, a Worker and Node all have.
 */

const CHUNK = 0x8000;

/**
 * Encode bytes as base64.
 * @example
 * bytesToBase64(new TextEncoder().encode("hi")); // "aGk="
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // Spreading a large array into fromCharCode overflows the call stack; go in slices.
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

/**
 * Decode base64 into bytes.
 * @example
 * new TextDecoder().decode(base64ToBytes("aGk=")); // "hi"
 */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
